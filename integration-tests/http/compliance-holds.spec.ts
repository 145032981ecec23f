/**
 * Hold periods (issue 10): a stocked item under hold is covered by a core
 * inventory reservation, so the storefront cannot add it to a cart, checkout
 * and draft orders refuse it; the release job frees it when the hold ends; a
 * police hold keeps it.
 */
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { seedStore, type SeededStore } from "../../scripts/lib/seed-store"
import { createAdminHeaders } from "../helpers/admin"
import { buyAndStock, listHolds } from "../helpers/compliance"
import {
  addItem,
  addShipping,
  completeCart,
  createCart,
  placeOrder,
  registerCustomer,
  storefront,
  StoreApiError,
  type Storefront,
} from "../helpers/storefront"
import { releaseDueHolds } from "../../.medusa/server/src/workflows/compliance/utils/release-due-holds"
import { attempt, enablePurchasing, TEST_APP_DIR } from "./utils"

jest.setTimeout(240_000)

const DAY = 24 * 60 * 60 * 1000

// PHONE has no stock of its own: the only sellable unit is the bought one.
// SPARE has one unit already on the shelf.
const PRODUCTS = [
  { handle: "phone", title: "Phone", variants: [{ sku: "PHONE", prices: { eur: 100 }, stock: 0 }] },
  { handle: "spare", title: "Spare", variants: [{ sku: "SPARE", prices: { eur: 100 }, stock: 1 }] },
]

medusaIntegrationTestRunner({
  cwd: TEST_APP_DIR,
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let seeded: SeededStore
    let shop: Storefront
    let headers: Record<string, string>
    let phone: string
    let spare: string

    beforeAll(async () => {
      seeded = await seedStore(getContainer(), { products: PRODUCTS, taxRate: 0, shipping: { eur: 0 } })
      shop = storefront(api, seeded.publishableKey)
      ;({ headers } = await createAdminHeaders(getContainer()))
      phone = seeded.variants["PHONE"].id
      spare = seeded.variants["SPARE"].id
    })

    beforeEach(async () => {
      await enablePurchasing(api, headers, {
        default_location_id: seeded.stockLocation.id,
        default_hold_days: 7,
        hold_rules: [{ match: "item_metadata", key: "category", value: "firearm", days: 30 }],
      })
    })

    const shopper = (name: string) =>
      registerCustomer(shop, { email: `${name}-${Date.now()}@example.com`, password: "secret-password" })

    /** The StoreApiError a storefront call failed with (fails the test if it succeeded). */
    const refusal = async (request: Promise<unknown>) => {
      try {
        await request
      } catch (error) {
        if (error instanceof StoreApiError) return error
        throw error
      }
      throw new Error("expected the storefront call to be refused")
    }

    const level = async (variantSku: string) => {
      const inventory = getContainer().resolve(Modules.INVENTORY)
      const [item] = await inventory.listInventoryItems({ sku: variantSku })
      const [lvl] = await inventory.listInventoryLevels({ inventory_item_id: item.id, location_id: seeded.stockLocation.id })
      return lvl
    }

    it("holds a stocked item: a reservation covers it, the admin sees the release date, the storefront cannot add it", async () => {
      const before = Date.now()
      const { purchase, item } = await buyAndStock(api, headers, { variant_id: phone })
      expect(item.status).toBe("stocked")

      const [hold] = await listHolds(api, headers, purchase.id)
      expect(hold).toMatchObject({ item_id: item.id, status: "active", days: 7, quantity: 1, police_hold: false })
      const releaseAt = new Date(hold.release_at).getTime()
      expect(releaseAt).toBeGreaterThanOrEqual(before + 7 * DAY)
      expect(releaseAt).toBeLessThan(Date.now() + 7 * DAY + 1000)

      // On hand but not available: a core reservation with the hold's description.
      const lvl = await level("PHONE")
      expect(lvl).toMatchObject({ stocked_quantity: 1, reserved_quantity: 1 })
      const [reservation] = await getContainer()
        .resolve(Modules.INVENTORY)
        .listReservationItems({ id: hold.reservation_id })
      expect(reservation.description).toMatch(/^Hold period: P-\d+ until \d{4}-\d{2}-\d{2}$/)

      const { data: activity } = await api.get(`/admin/customer-purchases/${purchase.id}/activity`, { headers })
      expect(activity.activity.map((a: any) => a.type)).toContain("hold_placed")

      const { sdk } = await shopper("ann")
      const created = await refusal(createCart(sdk, { region_id: seeded.region.id, items: [{ variant_id: phone, quantity: 1 }] }))
      expect(created.status).toBe(400)
      expect(created.apiMessage).toMatch(/inventory/i)

      const cart = await createCart(sdk, { region_id: seeded.region.id })
      const added = await refusal(addItem(sdk, cart.id, { variant_id: phone, quantity: 1 }))
      expect(added.status).toBe(400)
      expect(added.apiMessage).toMatch(/inventory/i)
    })

    it("takes the longest matching rule: an item marked firearm is held 30 days", async () => {
      const { purchase } = await buyAndStock(api, headers, { variant_id: phone, metadata: { category: "firearm" } })
      const [hold] = await listHolds(api, headers, purchase.id)
      expect(hold.days).toBe(30)
      expect(hold.rule).toMatchObject({ match: "item_metadata", key: "category", value: "firearm" })
    })

    it("checkout refuses the held unit when it is the only one left", async () => {
      // Ann's cart took the one spare unit on the shelf while it was free...
      const ann = await shopper("ann")
      const annCart = await createCart(ann.sdk, { region_id: seeded.region.id, items: [{ variant_id: spare, quantity: 1 }] })
      await addShipping(ann.sdk, annCart.id)
      // ...then a bought unit is stocked under hold, and Bob buys the free one.
      await buyAndStock(api, headers, { variant_id: spare })
      expect(await level("SPARE")).toMatchObject({ stocked_quantity: 2, reserved_quantity: 1 })
      const bob = await shopper("bob")
      const bobCart = await createCart(bob.sdk, { region_id: seeded.region.id, items: [{ variant_id: spare, quantity: 1 }] })
      await addShipping(bob.sdk, bobCart.id)
      await placeOrder(bob.sdk, bobCart.id)

      // The unit left is the held one: Ann's checkout is refused, no order.
      const result = await completeCart(ann.sdk, annCart.id)
      expect(result.ok).toBe(false)
      expect(result.status).toBe(400)
      expect(result.message).toMatch(/not enough stock/i)
      expect(await level("SPARE")).toMatchObject({ stocked_quantity: 2, reserved_quantity: 2 })
    })

    it("an admin draft order refuses the held item", async () => {
      await buyAndStock(api, headers, { variant_id: phone })
      const draft = await attempt(
        api.post(
          "/admin/draft-orders",
          {
            email: "walk-in@example.com",
            region_id: seeded.region.id,
            sales_channel_id: seeded.salesChannel.id,
            items: [{ variant_id: phone, quantity: 1 }],
          },
          { headers }
        )
      )
      expect(draft.status).toBe(400)
      expect(draft.data.message).toMatch(/inventory/i)
      const { data } = await api.get("/admin/draft-orders", { headers })
      expect(data.draft_orders).toHaveLength(0)
    })

    it("the release job frees holds that ended (once, even run twice at once) and keeps police holds", async () => {
      const first = await buyAndStock(api, headers, { variant_id: phone })
      const second = await buyAndStock(api, headers, { variant_id: phone })
      const [firstHold] = await listHolds(api, headers, first.purchase.id)
      const [secondHold] = await listHolds(api, headers, second.purchase.id)

      // A police hold on the second, with the reason logged.
      const refused = await attempt(
        api.post(`/admin/customer-purchases/${second.purchase.id}/items/${second.item.id}/police-hold`, {}, { headers })
      )
      expect(refused.status).toBe(400)
      expect(refused.data.message).toMatch(/reason/)
      const police = await api.post(
        `/admin/customer-purchases/${second.purchase.id}/items/${second.item.id}/police-hold`,
        { reason: "Case 2026/118: matches a burglary report" },
        { headers }
      )
      expect(police.data.hold).toMatchObject({ police_hold: true, police_reason: "Case 2026/118: matches a burglary report" })
      const again = await attempt(
        api.post(`/admin/customer-purchases/${second.purchase.id}/items/${second.item.id}/police-hold`, { reason: "x" }, { headers })
      )
      expect(again.status).toBe(409)

      // Not due yet: nothing released.
      const container = getContainer()
      expect(await releaseDueHolds(container, new Date(Date.now() + 6 * DAY))).toEqual([])

      // Eight days on, two job runs race: the first hold is released once.
      const later = new Date(Date.now() + 8 * DAY)
      const runs = await Promise.all([releaseDueHolds(container, later), releaseDueHolds(container, later)])
      expect(runs.flat()).toEqual([firstHold.id])
      expect((await listHolds(api, headers, first.purchase.id))[0]).toMatchObject({ status: "released" })
      expect((await listHolds(api, headers, second.purchase.id))[0]).toMatchObject({ status: "active", police_hold: true })
      expect(await level("PHONE")).toMatchObject({ stocked_quantity: 2, reserved_quantity: 1 })

      const { data: firstLog } = await api.get(`/admin/customer-purchases/${first.purchase.id}/activity`, { headers })
      expect(firstLog.activity.filter((a: any) => a.type === "hold_released")).toHaveLength(1)
      const { data: secondLog } = await api.get(`/admin/customer-purchases/${second.purchase.id}/activity`, { headers })
      expect(secondLog.activity.find((a: any) => a.type === "police_hold_placed")).toMatchObject({
        note: "Case 2026/118: matches a burglary report",
      })

      // The released unit sells.
      const { sdk } = await shopper("cat")
      const cart = await createCart(sdk, { region_id: seeded.region.id, items: [{ variant_id: phone, quantity: 1 }] })
      await addShipping(sdk, cart.id)
      await placeOrder(sdk, cart.id)

      // Lifting the police hold: the next run releases the second one too.
      await api.post(
        `/admin/customer-purchases/${second.purchase.id}/items/${second.item.id}/police-hold/lift`,
        { reason: "Cleared by the police" },
        { headers }
      )
      expect(await releaseDueHolds(container, later)).toEqual([secondHold.id])
      expect(await releaseDueHolds(container, later)).toEqual([])
      expect(await level("PHONE")).toMatchObject({ stocked_quantity: 2, reserved_quantity: 1 })
    })

    it("no hold when no rule applies and the default is 0", async () => {
      await enablePurchasing(api, headers, { default_hold_days: 0 })
      const { purchase } = await buyAndStock(api, headers, { variant_id: phone })
      expect(await listHolds(api, headers, purchase.id)).toEqual([])
      expect(await level("PHONE")).toMatchObject({ stocked_quantity: 1, reserved_quantity: 0 })
    })
  },
})
