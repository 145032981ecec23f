import type {
  AuthenticatedMedusaRequest,
  MedusaNextFunction,
  MedusaResponse,
} from "@medusajs/framework/http"
import { MathBN } from "@medusajs/framework/utils"
import { refreshCartItemsWorkflow } from "@medusajs/medusa/core-flows"
import { refetchCart } from "@medusajs/medusa/api/store/carts/helpers"
import { ITEM_DEPOSIT_CREDIT_LINE_REFERENCE } from "../../../types/item-deposit"

/**
 * Core computes promotions after the hook that syncs deposit lines, so a
 * route that changes promotions can answer with a deposit line larger than
 * its now-discounted variant. Middlewares only run before core's handlers,
 * so this one wraps `res.json`: when the cart about to be sent holds such a
 * line, the cart is refreshed (deposits re-synced under the cart's lock) and
 * the fresh cart is sent instead. Carts without stale lines pass untouched.
 */
export function resyncStaleDepositLines(
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse,
  next: MedusaNextFunction
) {
  const send = res.json.bind(res)
  res.json = ((body: any) => {
    if (res.statusCode >= 400 || !body?.cart || !hasStaleDepositLine(body.cart)) {
      return send(body)
    }
    refreshCartItemsWorkflow(req.scope)
      .run({ input: { cart_id: body.cart.id } })
      .then(() => refetchCart(body.cart.id, req.scope, req.queryConfig.fields))
      .then((cart) => send({ ...body, cart }))
      .catch(next)
    return res
  }) as typeof res.json
  next()
}

/** Does a deposit line pay more than its variant's lines now cost? */
export function hasStaleDepositLine(cart: {
  credit_lines?: { reference?: string | null; amount: any; metadata?: any }[]
  items?: { variant_id?: string | null; total?: any }[]
}) {
  const paid = new Map<string, any>()
  for (const line of cart.credit_lines ?? []) {
    const variantId = line.metadata?.variant_id
    if (line.reference === ITEM_DEPOSIT_CREDIT_LINE_REFERENCE && variantId) {
      paid.set(variantId, MathBN.add(paid.get(variantId) ?? 0, line.amount))
    }
  }
  for (const [variantId, amount] of paid) {
    const cost = (cart.items ?? [])
      .filter((item) => item.variant_id === variantId)
      .reduce((sum, item) => MathBN.add(sum, item.total ?? 0), MathBN.convert(0))
    if (MathBN.gt(amount, cost)) {
      return true
    }
  }
  return false
}
