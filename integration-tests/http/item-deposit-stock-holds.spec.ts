/**
 * Stock holds: with hold_stock on, a deposit reserves its units of an
 * in-stock variant (core inventory reservations) so they are not sold to
 * someone else; the owner can still buy them, and the hold goes when the
 * deposit is consumed, converted, refunded, cancelled or expires.
 */
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import type { SeededStore } from "../../scripts/lib/seed-store"
import { createDeposit, PHONE, registerShopper, retrieveDeposit, seedDepositStore } from "../helpers/deposits"
import { eventually } from "../helpers/fixtures"
import { addShipping, completeCart, createCart, payCart, TEST_ADDRESS, type Sdk, type Storefront } from "../helpers/storefront"
import { runDepositExpiry } from "../../.medusa/server/src/workflows/item-deposit/utils/expire-deposits"
import { TEST_APP_DIR } from "./utils"

jest.setTimeout(300_000)

// Rare items: a handful in stock, so the last unit is easy to reach.
const RARE = (sku: string, stock: number) => ({
  handle: sku.toLowerCase(),
  title: sku,
  variants: [{ sku, prices: { eur: 100 }, stock }],
})

medusaIntegrationTestRunner({
  cwd: TEST_APP_DIR,
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let seeded: SeededStore
    let shop: Storefront
    let headers: Record<string, string>

    beforeAll(async () => {
      ;({ seeded, shop, headers } = await seedDepositStore(api, getContainer(), [
        PHONE,
        RARE("LAMP", 1),
        RARE("VASE", 2),
        RARE("CLOCK", 1),
        RARE("DESK", 1),
        RARE("BENCH", 2),
      ]))
      await api.post("/admin/item-deposit-settings", { hold_stock: true }, { headers })
    })

    const variant = (sku: string) => seeded.variants[sku].id

    async function level(sku: string) {
      const inventory = getContainer().resolve(Modules.INVENTORY)
      const query = getContainer().resolve("query")
      const { data } = await query.graph({
        entity: "product_variant",
        fields: ["inventory_items.inventory_item_id"],
        filters: { id: variant(sku) },
      })
      const [lvl] = await inventory.listInventoryLevels({ inventory_item_id: data[0].inventory_items[0].inventory_item_id })
      return { stocked: Number(lvl.stocked_quantity), reserved: Number(lvl.reserved_quantity) }
    }

    const reservationsOf = async (id: string) => (await retrieveDeposit(api, headers, id)).reservations ?? []

    async function readyCart(sdk: Sdk, sku: string) {
      const cart = await createCart(sdk, {
        region_id: seeded.region.id,
        items: [{ variant_id: variant(sku), quantity: 1 }],
        shipping_address: TEST_ADDRESS,
      })
      await addShipping(sdk, cart.id)
      await payCart(sdk, cart.id)
      return cart.id
    }

    it("holds the last unit for its owner: another customer cannot buy it, the owner can, and the hold goes with the order", async () => {
      const { sdk: ownerSdk, customer: owner } = await registerShopper(shop, "owner")
      const { sdk: otherSdk } = await registerShopper(shop, "other")
      const deposit = await createDeposit(api, headers, { customer_id: owner.id, variant_id: variant("LAMP") })
      expect(await reservationsOf(deposit.id)).toEqual([
        expect.objectContaining({ status: "held", quantity: 1, location_id: seeded.stockLocation.id }),
      ])
      expect(await level("LAMP")).toEqual({ stocked: 1, reserved: 1 })
      // The storefront sees that the unit is kept, and when the deposit lapses.
      const mine = await ownerSdk.client.fetch<{ item_deposits: any[] }>("/store/customers/me/item-deposits")
      expect(mine.item_deposits).toEqual([
        expect.objectContaining({ id: deposit.id, stock_held: true, expires_at: null, source: "admin", remaining_amount: 30 }),
      ])
      expect(mine.item_deposits[0]).not.toHaveProperty("reservations")

      // Someone else: refused at add-to-cart (core's own inventory check).
      const refused = await createCart(otherSdk, { region_id: seeded.region.id, items: [{ variant_id: variant("LAMP"), quantity: 1 }] }).catch((e) => e)
      expect(refused).toBeInstanceOf(Error)
      expect(String(refused.message)).toMatch(/inventory/i)

      // The owner: the hold is still there after putting it in the cart.
      const cartId = await readyCart(ownerSdk, "LAMP")
      expect(await level("LAMP")).toEqual({ stocked: 1, reserved: 1 })
      const result = await completeCart(ownerSdk, cartId, { pay: false })
      expect(result.ok).toBe(true)
      // The order's reservation replaced the deposit's: still one reserved.
      expect(await level("LAMP")).toEqual({ stocked: 1, reserved: 1 })
      // Once order.placed is handled the released hold is marked consumed.
      await eventually(async () =>
        expect((await reservationsOf(deposit.id)).map((r: any) => [r.status, r.reason])).toEqual(
          // Released for a moment while the owner put it in the cart, held
          // again, then taken over by the order.
          expect.arrayContaining([["released", "owner_cart"], ["released", "consumed"]])
        )
      )
      expect((await reservationsOf(deposit.id)).filter((r: any) => r.status === "held")).toEqual([])
    })

    it("race: two customers check out the last unit held for one of them; only the owner gets it", async () => {
      const { sdk: ownerSdk, customer: owner } = await registerShopper(shop, "clockowner")
      const { sdk: otherSdk } = await registerShopper(shop, "clockrival")
      // The rival's cart holds the clock before the deposit is taken.
      const rivalCart = await readyCart(otherSdk, "CLOCK")
      const deposit = await createDeposit(api, headers, { customer_id: owner.id, variant_id: variant("CLOCK") })
      expect(await level("CLOCK")).toEqual({ stocked: 1, reserved: 1 })
      const ownerCart = await readyCart(ownerSdk, "CLOCK")

      const [rival, mine] = await Promise.all([
        completeCart(otherSdk, rivalCart, { pay: false }),
        completeCart(ownerSdk, ownerCart, { pay: false }),
      ])
      expect([mine.ok, (mine as any).message]).toEqual([true, undefined])
      expect(rival.ok).toBe(false)
      expect((rival as any).message).toMatch(/held for another customer's deposit|inventory|stock/i)
      expect(await level("CLOCK")).toEqual({ stocked: 1, reserved: 1 })
      expect((await retrieveDeposit(api, headers, deposit.id)).status).toBe("consumed")
    })

    it("a checkout using part of a deposit releases only the units its order takes; the rest stay held", async () => {
      const { sdk: ownerSdk, customer: owner } = await registerShopper(shop, "benchowner")
      const { sdk: otherSdk } = await registerShopper(shop, "benchrival")
      const deposit = await createDeposit(api, headers, { customer_id: owner.id, variant_id: variant("BENCH"), units: 2 })
      expect(await level("BENCH")).toEqual({ stocked: 2, reserved: 2 })

      const cartId = await readyCart(ownerSdk, "BENCH")
      const result = await completeCart(ownerSdk, cartId, { pay: false })
      expect([result.ok, (result as any).message]).toEqual([true, undefined])
      // One unit reserved by the order, the other still held for the deposit.
      expect(await level("BENCH")).toEqual({ stocked: 2, reserved: 2 })
      await eventually(async () => {
        const rows = await reservationsOf(deposit.id)
        expect(rows.filter((r: any) => r.status === "held").map((r: any) => r.quantity)).toEqual([1])
        expect((await retrieveDeposit(api, headers, deposit.id)).remaining_amount).toBe(30)
      })
      // The unit still held is not sold to someone else.
      const rival = await createCart(otherSdk, { region_id: seeded.region.id, shipping_address: TEST_ADDRESS }).then(async (cart) => {
        try {
          await otherSdk.store.cart.createLineItem(cart.id, { variant_id: variant("BENCH"), quantity: 1 })
          await addShipping(otherSdk, cart.id)
          return await completeCart(otherSdk, cart.id)
        } catch (error: any) {
          return { ok: false, message: error.message }
        }
      })
      expect(rival.ok).toBe(false)
      expect(await level("BENCH")).toEqual({ stocked: 2, reserved: 2 })
    })

    it("releases the hold when the deposit is converted, refunded or cancelled", async () => {
      const { customer } = await registerShopper(shop, "closer")
      const held = await Promise.all(
        [0, 1].map(() => createDeposit(api, headers, { customer_id: customer.id, variant_id: variant("VASE") }))
      )
      expect(await level("VASE")).toEqual({ stocked: 2, reserved: 2 })
      // No stock left: a third deposit is taken but not held.
      const unheld = await createDeposit(api, headers, { customer_id: customer.id, variant_id: variant("VASE") })
      expect(await reservationsOf(unheld.id)).toEqual([])

      await api.post(`/admin/item-deposits/${held[0].id}/convert`, { reason: "cannot source" }, { headers })
      expect(await level("VASE")).toEqual({ stocked: 2, reserved: 1 })
      expect(await reservationsOf(held[0].id)).toEqual([expect.objectContaining({ status: "released", reason: "converted" })])
      await api.post(`/admin/item-deposits/${held[1].id}/refund`, { refund_method: "cash" }, { headers })
      expect(await level("VASE")).toEqual({ stocked: 2, reserved: 0 })
      await api.post(`/admin/item-deposits/${unheld.id}/cancel`, {}, { headers })
      expect(await level("VASE")).toEqual({ stocked: 2, reserved: 0 })
    })

    it("releases the hold when the deposit expires (refund_due), and keeps it under the keep rule", async () => {
      const { customer } = await registerShopper(shop, "lapse")
      await api.post("/admin/item-deposit-settings", { expiry_rule: "refund_due" }, { headers })
      const deposit = await createDeposit(api, headers, {
        customer_id: customer.id,
        variant_id: variant("DESK"),
        expires_at: new Date(Date.now() - 60_000).toISOString(),
      })
      expect(await level("DESK")).toEqual({ stocked: 1, reserved: 1 })
      await runDepositExpiry(getContainer())
      expect(await level("DESK")).toEqual({ stocked: 1, reserved: 0 })
      await eventually(async () =>
        expect(await reservationsOf(deposit.id)).toEqual([expect.objectContaining({ status: "released", reason: "expired" })])
      )
      await api.post("/admin/item-deposit-settings", { expiry_rule: "keep" }, { headers })
    })
  },
})
