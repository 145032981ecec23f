import type {
  AuthenticatedMedusaRequest,
  MedusaNextFunction,
  MedusaResponse,
} from "@medusajs/framework/http"
import { shopperContext } from "../../../utils/shopper-context"

/**
 * Runs the rest of a store cart request with the logged-in customer (or
 * none) recorded for the cart hooks; see utils/shopper-context.ts.
 */
export function recordShopper(
  req: AuthenticatedMedusaRequest,
  _res: MedusaResponse,
  next: MedusaNextFunction
) {
  const customerId =
    req.auth_context?.actor_type === "customer" ? req.auth_context.actor_id : null
  shopperContext.run({ customer_id: customerId || null }, () => next())
}
