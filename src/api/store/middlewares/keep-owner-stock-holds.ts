import type { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import { ITEM_DEPOSIT_MODULE } from "../../../modules/item-deposit"
import type ItemDepositModuleService from "../../../modules/item-deposit/service"
import { releaseDepositStock, reserveDepositStock } from "../../../workflows/item-deposit/utils/deposit-stock"

/**
 * Stock held for a deposit (hold_stock) counts as reserved for core, so its
 * own owner could not put the item in their cart: core checks availability
 * when an item is added or its quantity changes. For the logged-in owner's
 * own add / update / create-cart request on a held variant, the hold is
 * released just before core's handler and made again (whatever core now
 * sees as available) just before the answer leaves, so the unit stays kept
 * for them; at checkout the hook releases it for good before core reserves
 * the order's items (see workflows/hooks/consume-item-deposits.ts).
 */
export async function keepOwnerStockHolds(req: AuthenticatedMedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const customerId = req.auth_context?.actor_type === "customer" ? req.auth_context.actor_id : null
  if (!customerId) {
    return next()
  }
  const service: ItemDepositModuleService = req.scope.resolve(ITEM_DEPOSIT_MODULE)
  // Most stores never hold stock: their shoppers' requests cost nothing here.
  // (Holds made before hold_stock was switched off are then no longer lifted
  // for their owners' cart requests; they go as their deposits close.)
  if (!(await service.retrieveDepositSettingsCached()).hold_stock) {
    return next()
  }
  const variantIds = await requestedVariants(req)
  if (!variantIds.length) {
    return next()
  }
  const deposits = await service.listItemDeposits({ customer_id: customerId, variant_id: variantIds, status: "active" }, { select: ["id"] })
  const released = deposits.length
    ? await releaseDepositStock(req.scope, deposits.map((d) => d.id), "owner_cart")
    : []
  const depositIds = [...new Set(released.map((r) => r.deposit_id))]
  if (!depositIds.length) {
    return next()
  }
  let restored = false
  const restore = async () => {
    if (restored) return
    restored = true
    for (const id of depositIds) {
      await reserveDepositStock(req.scope, id, { force: true }).catch(() => undefined)
    }
  }
  const json = res.json.bind(res)
  res.json = ((body: unknown) => {
    restore().finally(() => json(body))
    return res
  }) as any
  // An error answer does not go through res.json in every path.
  res.on("close", () => void restore())
  next()
}

async function requestedVariants(req: AuthenticatedMedusaRequest): Promise<string[]> {
  const body = (req.body ?? {}) as any
  const ids = new Set<string>()
  if (typeof body.variant_id === "string") ids.add(body.variant_id)
  for (const item of Array.isArray(body.items) ? body.items : []) {
    if (typeof item?.variant_id === "string") ids.add(item.variant_id)
  }
  if (req.params?.line_id) {
    const cart = req.scope.resolve(Modules.CART)
    const [line] = await cart.listLineItems({ id: req.params.line_id }, { select: ["variant_id"] }).catch(() => [])
    if (line?.variant_id) ids.add(line.variant_id)
  }
  return [...ids]
}
