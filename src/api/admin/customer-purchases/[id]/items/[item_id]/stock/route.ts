import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { stockCustomerPurchaseItemWorkflow } from "../../../../../../../workflows/customer-purchase"
import { withStateConflicts } from "../../../../../../utils/state-conflict"
import { refetchCustomerPurchase } from "../../../../helpers"
import type { AdminStockCustomerPurchaseItemType } from "../../../../validators"

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminStockCustomerPurchaseItemType>,
  res: MedusaResponse
) => {
  await withStateConflicts(() =>
    stockCustomerPurchaseItemWorkflow(req.scope).run({
      input: {
        purchase_id: req.params.id,
        item_id: req.params.item_id,
        ...req.validatedBody,
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
