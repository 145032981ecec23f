/**
 * The cart hot path, driven through HTTP like a storefront (js-sdk): for
 * each iteration, on a cart that already holds two products, add a third,
 * change its quantity, remove it and update the cart; then, separately,
 * complete carts. Every call is timed on its own.
 */
import { performance } from "perf_hooks"
import { seedStore, type SeedProduct } from "../../scripts/lib/seed-store"
import {
  addShipping,
  createCart,
  payCart,
  storefront,
  TEST_ADDRESS,
  type Sdk,
} from "../../integration-tests/helpers/storefront"
import { registerShopper } from "../../integration-tests/helpers/deposits"

export const PRODUCTS: SeedProduct[] = ["A", "B", "C"].map((k) => ({
  handle: `bench-${k.toLowerCase()}`,
  title: `Bench product ${k}`,
  variants: [{ sku: `BENCH-${k}`, prices: { eur: 100 }, stock: 1_000_000 }],
}))

export type Timings = Record<string, number[]>
export const OPS = ["add line item", "update line item", "delete line item", "update cart", "complete"]

export async function seedCartStore(api: any, container: any) {
  const seeded = await seedStore(container, { products: PRODUCTS, taxRate: 0, shipping: { eur: 0 } })
  const shop = storefront(api, seeded.publishableKey)
  const variant = (k: string) => seeded.variants[`BENCH-${k}`].id
  return { seeded, shop, variant }
}

async function timed<T>(timings: Timings, op: string, fn: () => Promise<T>) {
  const started = performance.now()
  const result = await fn()
  ;(timings[op] ??= []).push(performance.now() - started)
  return result
}

export type Shopper = {
  sdk: Sdk
  customer: { id: string }
  /** Called (untimed) before each completion, e.g. to give the customer a new deposit. */
  beforeComplete?: (variantIds: string[]) => Promise<void>
  /** Checked on each cart response, e.g. the number of deposit lines. */
  check?: (cart: any, step: string) => void
}

export async function newShopper(shop: any, name: string) {
  return registerShopper(shop, name)
}

/**
 * One iteration of line-item and cart updates for each shopper, interleaved
 * so that they see the same machine load.
 */
export async function cartRounds(
  shoppers: Record<string, Shopper>,
  regionId: string,
  variant: (k: string) => string,
  iterations: number,
  warmup = 5
) {
  const timings: Record<string, Timings> = {}
  const carts: Record<string, string> = {}
  for (const [name, s] of Object.entries(shoppers)) {
    const cart = await createCart(s.sdk, {
      region_id: regionId,
      items: [
        { variant_id: variant("B"), quantity: 1 },
        { variant_id: variant("C"), quantity: 1 },
      ],
      shipping_address: TEST_ADDRESS,
    } as any)
    carts[name] = cart.id
    timings[name] = {}
  }
  for (let i = 0; i < warmup + iterations; i++) {
    for (const [name, s] of Object.entries(shoppers)) {
      const t = i < warmup ? {} : timings[name]
      const cartId = carts[name]
      const added = await timed(t, "add line item", () =>
        s.sdk.store.cart.createLineItem(cartId, { variant_id: variant("A"), quantity: 1 })
      )
      s.check?.(added.cart, "add")
      const line = added.cart.items!.find((item: any) => item.variant_id === variant("A"))!
      const updated = await timed(t, "update line item", () =>
        s.sdk.store.cart.updateLineItem(cartId, line.id, { quantity: 2 })
      )
      s.check?.(updated.cart, "update")
      const deleted = await timed(t, "delete line item", () => s.sdk.store.cart.deleteLineItem(cartId, line.id))
      s.check?.(deleted.parent, "delete")
      const cartUpdated = await timed(t, "update cart", () =>
        s.sdk.store.cart.update(cartId, { metadata: { round: i } })
      )
      s.check?.(cartUpdated.cart, "update cart")
    }
  }
  return timings
}

/** Completes `iterations` fresh carts per shopper (cart, shipping, payment untimed). */
export async function completeRounds(
  shoppers: Record<string, Shopper>,
  regionId: string,
  variant: (k: string) => string,
  iterations: number,
  timings: Record<string, Timings>,
  warmup = 2
) {
  for (let i = 0; i < warmup + iterations; i++) {
    for (const [name, s] of Object.entries(shoppers)) {
      const variants = [variant("B"), variant("C")]
      await s.beforeComplete?.(variants)
      const cart = await createCart(s.sdk, {
        region_id: regionId,
        items: variants.map((variant_id) => ({ variant_id, quantity: 1 })),
        shipping_address: TEST_ADDRESS,
      } as any)
      await addShipping(s.sdk, cart.id)
      await payCart(s.sdk, cart.id)
      const t = i < warmup ? {} : timings[name]
      const result: any = await timed(t, "complete", () => s.sdk.store.cart.complete(cart.id))
      if (result.type !== "order") {
        throw new Error(`${name}: cart ${cart.id} did not complete: ${JSON.stringify(result.error)}`)
      }
      s.check?.(result.order, "complete")
    }
  }
  return timings
}
