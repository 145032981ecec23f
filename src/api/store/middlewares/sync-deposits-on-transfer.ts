import type {
  AuthenticatedMedusaRequest,
  MedusaNextFunction,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { refreshCartItemsWorkflow } from "@medusajs/medusa/core-flows"

/**
 * `POST /store/carts/:id/customer` when the cart already names the logged-in
 * customer: core attaches an anonymous cart that gives a registered email to
 * that account, and its transfer then skips all its work, so no cart hook
 * runs and the response would come without the customer's deposits. This
 * refreshes such a cart (deposits synced under the cart's lock, for this
 * logged-in shopper) before core's handler answers with it.
 */
export async function syncDepositsOnTransfer(
  req: AuthenticatedMedusaRequest,
  _res: MedusaResponse,
  next: MedusaNextFunction
) {
  const customerId = req.auth_context?.actor_type === "customer" ? req.auth_context.actor_id : null
  if (customerId) {
    const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "cart",
      fields: ["id", "customer_id", "completed_at"],
      filters: { id: req.params.id },
    })
    const cart = data[0]
    if (cart && !cart.completed_at && cart.customer_id === customerId) {
      await refreshCartItemsWorkflow(req.scope).run({ input: { cart_id: cart.id } })
    }
  }
  next()
}
