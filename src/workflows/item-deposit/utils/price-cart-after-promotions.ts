import type { MedusaContainer } from "@medusajs/framework/types"
import {
  ComputedActions,
  ContainerRegistrationKeys,
  decorateCartTotals,
  Modules,
  PromotionActions,
} from "@medusajs/framework/utils"

type Adjustment = { id?: string; code?: string | null; amount: any; raw_amount?: any; is_tax_inclusive?: boolean }
type Priceable = { id: string; adjustments?: Adjustment[] | null; [key: string]: any }

export type PromotionUpdate = {
  cart: { id: string; items?: Priceable[] | null; shipping_methods?: Priceable[] | null; [key: string]: any }
  action?: string
  promo_codes?: string[]
}

/**
 * The cart as it will be once the promotion update now running has applied
 * its adjustments: item and cart totals after every promotion (automatic or
 * coded), before any credit line.
 *
 * The deposit sync runs in `setPromotionContext`, which core calls just
 * before it computes the promotions of the same update; a deposit line
 * computed from the cart as it is would not know the new discounts. So this
 * asks the Promotion Module for the same actions core is about to apply
 * (same codes, same cart, as core's getPromotionCodesToApply and
 * getActionsToComputeFromPromotionsStep do) and prices the cart with them,
 * with core's own totals function.
 */
export async function priceCartAfterPromotions(container: MedusaContainer, update: PromotionUpdate) {
  const { cart } = update
  const codes = await promotionCodesToApply(container, update)
  const actions: any[] = await container
    .resolve(Modules.PROMOTION)
    .computeActions(codes, { ...cart } as any)

  const removed = new Set<string>()
  const added = new Map<string, Adjustment[]>()
  for (const action of actions) {
    if (
      action.action === ComputedActions.REMOVE_ITEM_ADJUSTMENT ||
      action.action === ComputedActions.REMOVE_SHIPPING_METHOD_ADJUSTMENT
    ) {
      removed.add(action.adjustment_id)
    } else if (
      action.action === ComputedActions.ADD_ITEM_ADJUSTMENT ||
      action.action === ComputedActions.ADD_SHIPPING_METHOD_ADJUSTMENT
    ) {
      const owner = action.item_id ?? action.shipping_method_id
      added.set(owner, [
        ...(added.get(owner) ?? []),
        { code: action.code, amount: action.amount, is_tax_inclusive: action.is_tax_inclusive },
      ])
    }
  }
  const withAdjustments = (line: Priceable) => ({
    ...plain(line),
    adjustments: [
      ...(line.adjustments ?? []).filter((a) => !a.id || !removed.has(a.id)).map(plain),
      ...(added.get(line.id) ?? []),
    ],
  })

  return decorateCartTotals({
    id: cart.id,
    currency_code: cart.currency_code,
    region: cart.region ? { automatic_taxes: cart.region.automatic_taxes } : undefined,
    items: (cart.items ?? []).map(withAdjustments),
    shipping_methods: (cart.shipping_methods ?? []).map(withAdjustments),
    credit_lines: [],
  } as any) as any as {
    total: any
    items: { id: string; variant_id?: string | null; quantity: any; total: any }[]
  }
}

/** The codes core will compute: core's getPromotionCodesToApply, read-only. */
async function promotionCodesToApply(container: MedusaContainer, { cart, action, promo_codes = [] }: PromotionUpdate) {
  const codes = new Set<string>()
  if (action !== PromotionActions.REPLACE) {
    for (const line of [...(cart.items ?? []), ...(cart.shipping_methods ?? [])]) {
      for (const adjustment of line.adjustments ?? []) {
        if (adjustment.code) codes.add(adjustment.code)
      }
    }
  }
  if (action === PromotionActions.REMOVE) {
    promo_codes.forEach((code) => codes.delete(code))
  } else if (promo_codes.length) {
    // Unknown codes make core's own step fail the update; leave them out here.
    const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "promotion",
      fields: ["code"],
      filters: { code: promo_codes },
    })
    data.forEach((promotion: any) => codes.add(promotion.code))
  }
  return [...codes]
}

/** A copy without the calculated totals, which decorateCartTotals recomputes. */
function plain<T extends Record<string, any>>(line: T): T {
  return JSON.parse(JSON.stringify(line))
}
