import {
  createWorkflow,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { claimItemDepositStep, ClaimItemDepositStepInput } from "../steps/claim-item-deposit"

export const claimItemDepositWorkflowId = "claim-item-deposit"

/**
 * Attaches a deposit taken in store to the logged-in customer's account,
 * with the claim code printed on the deposit slip.
 */
export const claimItemDepositWorkflow = createWorkflow(
  claimItemDepositWorkflowId,
  (input: WorkflowData<ClaimItemDepositStepInput>) => {
    return new WorkflowResponse(claimItemDepositStep(input))
  }
)
