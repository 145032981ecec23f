import { createStep, createWorkflow, StepResponse, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { CUSTOMER_PURCHASE_MODULE } from "../../../modules/customer-purchase"
import type CustomerPurchaseModuleService from "../../../modules/customer-purchase/service"
import { createPurchaseActivitiesStep } from "../../customer-purchase/steps/create-purchase-activities"

export type SetLegalHoldWorkflowInput = { purchase_id: string; on: boolean; reason?: string | null; actor_id?: string }

const setLegalHoldStep = createStep(
  "set-legal-hold",
  async (input: SetLegalHoldWorkflowInput, { container }) => {
    const service: CustomerPurchaseModuleService = container.resolve(CUSTOMER_PURCHASE_MODULE)
    const before = await service.setLegalHold(input.purchase_id, input)
    return new StepResponse(null, before)
  },
  async (before, { container }) => {
    if (before) {
      const service: CustomerPurchaseModuleService = container.resolve(CUSTOMER_PURCHASE_MODULE)
      await service.updateCustomerPurchases({ id: before.id, legal_hold: before.legal_hold } as any)
    }
  }
)

export const setLegalHoldWorkflowId = "set-legal-hold"

/** A legal hold exempts a purchase from the retention purge; setting and clearing it are logged. */
export const setLegalHoldWorkflow = createWorkflow(
  setLegalHoldWorkflowId,
  (input: WorkflowData<SetLegalHoldWorkflowInput>) => {
    setLegalHoldStep(input)
    createPurchaseActivitiesStep(
      transform({ input }, ({ input }) => [
        {
          purchase_id: input.purchase_id,
          type: input.on ? "legal_hold_set" : "legal_hold_cleared",
          actor_id: input.actor_id ?? null,
          note: input.reason ?? null,
        },
      ])
    )
    return new WorkflowResponse(null)
  }
)
