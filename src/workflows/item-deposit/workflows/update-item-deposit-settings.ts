import { createWorkflow, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { ItemDepositSettingsDTO } from "../../../types/item-deposit"
import { saveItemDepositSettingsStep } from "../steps/save-item-deposit-settings"

export type UpdateItemDepositSettingsWorkflowInput = Partial<Omit<ItemDepositSettingsDTO, "id">>

export const updateItemDepositSettingsWorkflowId = "update-item-deposit-settings"

/** Changes any part of the deposit settings (expiry, stock holds, online deposits). */
export const updateItemDepositSettingsWorkflow = createWorkflow(
  updateItemDepositSettingsWorkflowId,
  (input: WorkflowData<UpdateItemDepositSettingsWorkflowInput>) =>
    new WorkflowResponse(saveItemDepositSettingsStep(input))
)
