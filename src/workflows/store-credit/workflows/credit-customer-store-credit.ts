import {
  createWorkflow,
  transform,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { creditAccountStep } from "@medusajs/loyalty-plugin/workflows"
import { ensureStoreCreditAccountStep } from "../steps/ensure-store-credit-account"

export type CreditCustomerStoreCreditWorkflowInput = {
  customer_id: string
  currency_code: string
  amount: any
  /** What the credit comes from, e.g. "customer_purchase" and its id. */
  reference: string
  reference_id: string
  note: string
}

export const creditCustomerStoreCreditWorkflowId = "credit-customer-store-credit"

/**
 * Credits a customer's loyalty-plugin store credit in a currency, opening the
 * account if they have none. Both steps compensate (the credit is removed,
 * and so is an account this workflow opened), so a parent workflow that
 * fails later leaves no credit behind. Returns the account.
 */
export const creditCustomerStoreCreditWorkflow = createWorkflow(
  creditCustomerStoreCreditWorkflowId,
  (input: WorkflowData<CreditCustomerStoreCreditWorkflowInput>) => {
    const account = ensureStoreCreditAccountStep({
      customer_id: input.customer_id,
      currency_code: input.currency_code,
    })
    creditAccountStep(
      transform({ account, input }, ({ account, input }) => [
        {
          account_id: account.id,
          amount: input.amount,
          reference: input.reference,
          reference_id: input.reference_id,
          note: input.note,
        },
      ])
    )
    return new WorkflowResponse(account)
  }
)
