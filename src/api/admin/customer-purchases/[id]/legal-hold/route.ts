import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { setLegalHoldWorkflow } from "../../../../../workflows/compliance/workflows/set-legal-hold"
import { withStateConflicts } from "../../../../utils/state-conflict"
import { refetchCustomerPurchase } from "../../helpers"
import { defaultAdminCustomerPurchaseFields } from "../../query-config"
import type { AdminSetLegalHoldType } from "../../compliance-validators"

/** Sets (`on: true`, with a reason) or clears a legal hold: a held purchase is never purged. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminSetLegalHoldType>, res: MedusaResponse) => {
  await withStateConflicts(() =>
    setLegalHoldWorkflow(req.scope).run({
      input: { purchase_id: req.params.id, ...req.validatedBody, actor_id: req.auth_context.actor_id },
    })
  )
  const customer_purchase = await refetchCustomerPurchase(req.params.id, req.scope, defaultAdminCustomerPurchaseFields)
  res.json({ customer_purchase })
}
