import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { refetchCart } from "@medusajs/medusa/api/store/carts/helpers"
import { addCartDepositLineWorkflow } from "../../../../../workflows/item-deposit"
import { withStateConflicts } from "../../../../utils/state-conflict"
import type { StoreAddCartDepositLineType } from "./validators"

/**
 * Adds a deposit line (a new online deposit on a variant, or a top-up of one
 * of the customer's deposits) to the logged-in customer's cart and returns
 * the cart as core's cart routes do.
 */
export const POST = async (req: AuthenticatedMedusaRequest<StoreAddCartDepositLineType>, res: MedusaResponse) => {
  await withStateConflicts(() =>
    addCartDepositLineWorkflow(req.scope).run({
      input: { ...(req.validatedBody as any), cart_id: req.params.id, customer_id: req.auth_context.actor_id },
    })
  )
  res.json({ cart: await refetchCart(req.params.id, req.scope, req.queryConfig.fields) })
}
