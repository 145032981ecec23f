import {
  createWorkflow,
  transform,
  when,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, emitEventStep, releaseLockStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { ItemDepositEvents } from "../../../types/item-deposit"
import { topUpItemDepositStep, TopUpItemDepositStepInput } from "../steps/top-up-item-deposit"

export type TopUpItemDepositWorkflowInput = TopUpItemDepositStepInput

export const topUpItemDepositWorkflowId = "top-up-item-deposit"

/**
 * A further payment onto an active deposit: `amount_per_unit` more for each
 * unit, one ledger entry. Emits `item_deposit.topped_up` (not for a replay
 * of an earlier request with the same idempotency key).
 */
export const topUpItemDepositWorkflow = createWorkflow(
  topUpItemDepositWorkflowId,
  (input: WorkflowData<TopUpItemDepositWorkflowInput>) => {
    acquireLockStep({ key: input.id, timeout: 30, ttl: 60 })
    const topUp = topUpItemDepositStep(input)
    const { data: deposit } = useQueryGraphStep({
      entity: "item_deposit",
      fields: ["id", "customer_id", "variant_id", "currency_code", "amount_per_unit", "units", "expires_at"],
      filters: { id: input.id },
      options: { isList: false },
    })
    when("emit-topped-up", { topUp }, ({ topUp }) => !topUp.replayed).then(() => {
      emitEventStep({
        eventName: ItemDepositEvents.TOPPED_UP,
        data: transform({ topUp, deposit }, ({ topUp, deposit }) => ({
          id: topUp.deposit_id,
          customer_id: (deposit as any).customer_id,
          variant_id: (deposit as any).variant_id,
          currency_code: (deposit as any).currency_code,
          amount: topUp.transaction.amount,
          amount_per_unit: (deposit as any).amount_per_unit,
          units: (deposit as any).units,
          expires_at: (deposit as any).expires_at ?? null,
          transaction_id: topUp.transaction.id,
        })),
      })
    })
    releaseLockStep({ key: input.id })
    return new WorkflowResponse(topUp)
  }
)
