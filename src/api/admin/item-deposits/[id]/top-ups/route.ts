import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { topUpItemDepositWorkflow } from "../../../../../workflows/item-deposit"
import { withStateConflicts } from "../../../../utils/state-conflict"
import { refetchItemDeposit } from "../../helpers"
import type { AdminTopUpItemDepositType } from "../../validators"

/** A further payment onto an active deposit; the ledger shows it as a payment. */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminTopUpItemDepositType>,
  res: MedusaResponse
) => {
  const { amount_per_unit, payment_method, payment_reference, idempotency_key } = req.validatedBody
  await withStateConflicts(() =>
    topUpItemDepositWorkflow(req.scope).run({
      input: {
        id: req.params.id,
        amount_per_unit,
        payment_method,
        reference: payment_reference ?? null,
        idempotency_key: idempotency_key ?? null,
        actor_id: req.auth_context.actor_id,
      },
    })
  )
  const item_deposit = await refetchItemDeposit(req.params.id, req.scope, req.queryConfig.fields)
  res.json({ item_deposit })
}
