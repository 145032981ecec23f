import {
  createWorkflow,
  transform,
  when,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  acquireLockStep,
  emitEventStep,
  releaseLockStep,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import { ItemDepositEvents } from "../../../types/item-deposit"
import { formatDepositNumber } from "../../../utils/deposit-number"
import { closeItemDepositStep } from "../steps/close-item-deposit"
import { releaseDepositStockStep } from "../steps/release-deposit-stock"
import { creditCustomerStoreCreditWorkflow } from "../../store-credit/workflows/credit-customer-store-credit"

export type CloseItemDepositWorkflowInput = {
  id: string
  /** conversion: into store credit; refund: money given back; cancellation: voided. */
  type: "conversion" | "refund" | "cancellation"
  reason?: string | null
  /** For refunds: how the money went back, e.g. "cash", "card ****1234". */
  reference?: string | null
  actor_id?: string
}

const EVENTS = {
  conversion: ItemDepositEvents.CONVERTED,
  refund: ItemDepositEvents.REFUNDED,
  cancellation: ItemDepositEvents.CANCELLED,
}

const CLOSED_REASON = {
  conversion: "converted",
  refund: "refunded",
  cancellation: "cancelled",
}

export const closeItemDepositWorkflowId = "close-item-deposit"

/**
 * Closes a deposit for all that is left of it. A conversion credits exactly
 * that amount to the customer's loyalty-plugin store credit (account created
 * if missing), referencing the deposit. The remaining amount is taken under
 * a row lock, so a concurrent checkout either used the money first or finds
 * the deposit closed; if the credit fails, the closing is reversed.
 */
export const closeItemDepositWorkflow = createWorkflow(
  closeItemDepositWorkflowId,
  (input: WorkflowData<CloseItemDepositWorkflowInput>) => {
    acquireLockStep({ key: input.id, timeout: 30, ttl: 60 })

    const { data: deposit } = useQueryGraphStep({
      entity: "item_deposit",
      fields: ["id", "display_id", "customer_id", "currency_code"],
      filters: { id: input.id },
      options: { throwIfKeyNotFound: true, isList: false },
    })

    const closed = closeItemDepositStep({
      id: input.id,
      type: input.type,
      note: input.reason,
      reference: input.reference,
      actor_id: input.actor_id,
    })

    const credit = when("credit-converted-deposit", { input }, ({ input }) => input.type === "conversion").then(() =>
      creditCustomerStoreCreditWorkflow.runAsStep({
        input: transform({ closed, deposit, input }, ({ closed, deposit, input }) => ({
          customer_id: (deposit as any).customer_id,
          currency_code: (deposit as any).currency_code,
          amount: closed.transaction.amount,
          reference: "item_deposit",
          reference_id: closed.deposit_id,
          note: `Deposit ${formatDepositNumber((deposit as any).display_id)} converted${input.reason ? `: ${input.reason}` : ""}`,
        })),
      })
    )

    // Last: nothing after it can fail and leave the stock released for an
    // open deposit.
    releaseDepositStockStep(
      transform({ input }, ({ input }) => ({ deposit_id: input.id, reason: CLOSED_REASON[input.type] }))
    )

    emitEventStep({
      eventName: transform({ input }, ({ input }) => EVENTS[input.type]),
      data: transform({ closed, credit }, ({ closed, credit }) => ({
        id: closed.deposit_id,
        amount: closed.transaction.amount,
        ...(credit && { store_credit_account_id: credit.id }),
      })),
    })

    releaseLockStep({ key: input.id })

    return new WorkflowResponse(
      transform({ closed, credit }, ({ closed, credit }) => ({
        ...closed,
        store_credit_account_id: (credit as any)?.id as string | undefined,
      }))
    )
  }
)
