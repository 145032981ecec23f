import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { updateCustomerPurchaseItemStatusWorkflow } from "../../../../../../../workflows/customer-purchase"
import { withStateConflicts } from "../../../../../../utils/state-conflict"
import { refetchCustomerPurchase } from "../../../../helpers"
import type { AdminUpdateItemStatusType } from "../../../../validators"

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminUpdateItemStatusType>,
  res: MedusaResponse
) => {
  await withStateConflicts(() =>
    updateCustomerPurchaseItemStatusWorkflow(req.scope).run({
      input: {
        purchase_id: req.params.id,
        item_id: req.params.item_id,
        status: req.validatedBody.status,
        note: req.validatedBody.note,
        actor_id: req.auth_context.actor_id,
      },
    })
  )
  const customer_purchase = await refetchCustomerPurchase(
    req.params.id,
    req.scope,
    req.queryConfig.fields
  )
  res.json({ customer_purchase })
}
