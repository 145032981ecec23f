import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { refreshCartItemsWorkflow } from "@medusajs/medusa/core-flows"
import { refetchCart } from "@medusajs/medusa/api/store/carts/helpers"

/**
 * Re-applies the customer's item deposits to their cart on demand and
 * returns the cart, as the cart routes do. Deposits normally follow every
 * cart change by themselves; this is for a storefront told by checkout to
 * refresh a stale cart. Someone else's cart is a 404, as if it did not exist.
 */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "cart",
    fields: ["id", "customer_id", "completed_at"],
    filters: { id: req.params.id },
  })
  const cart = data[0]
  if (!cart || cart.customer_id !== req.auth_context.actor_id) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cart with id: ${req.params.id} was not found`)
  }
  if (cart.completed_at) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Cart ${cart.id} is already completed`)
  }

  // The refresh runs the core cart pipeline under the cart's lock, deposits
  // included (see workflows/hooks/sync-item-deposits.ts), then refreshes the
  // payment collection.
  await refreshCartItemsWorkflow(req.scope).run({ input: { cart_id: cart.id } })
  res.json({ cart: await refetchCart(cart.id, req.scope, req.queryConfig.fields) })
}
