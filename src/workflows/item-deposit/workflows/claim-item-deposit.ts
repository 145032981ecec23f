import {
  createWorkflow,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { claimItemDepositStep, ClaimItemDepositStepInput } from "../steps/claim-item-deposit"
import { validateClaimableDepositStep } from "../steps/validate-claimable-deposit"

export const claimItemDepositWorkflowId = "claim-item-deposit"

/**
 * Attaches a deposit taken in store for a walk-in customer to the logged-in
 * customer's account, with the claim code printed on the deposit slip.
 */
export const claimItemDepositWorkflow = createWorkflow(
  claimItemDepositWorkflowId,
  (input: WorkflowData<ClaimItemDepositStepInput>) => {
    validateClaimableDepositStep({ claim_code: input.claim_code })
    return new WorkflowResponse(claimItemDepositStep(input))
  }
)
