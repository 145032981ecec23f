import path from "path"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { createAdminHeaders } from "../helpers/admin"
import { createPhoneProduct, createStockLocation } from "../helpers/fixtures"
import { testHooks } from "../helpers/test-hooks"
import { createDraftPurchase, enablePurchasing, TEST_APP_DIR } from "./utils"

jest.setTimeout(240_000)

// The app runs the BUILT plugin: its workflows are the ones registered there.
const { stockCustomerPurchaseItemsWorkflow } = require(path.join(TEST_APP_DIR, "../../.medusa/server/src/workflows"))

/**
 * The batch stocking workflow (stockCustomerPurchaseItemsWorkflow): what a
 * merchant's integration runs to stock a delivery at once. All or nothing,
 * once per item, like the one-item route.
 */
medusaIntegrationTestRunner({
  cwd: TEST_APP_DIR,
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let headers: Record<string, string>
    let location: { id: string }
    let variantId: string

    beforeEach(async () => {
      ;({ headers } = await createAdminHeaders(getContainer()))
      location = await createStockLocation(getContainer())
      await enablePurchasing(api, headers, { default_location_id: location.id })
      variantId = (await createPhoneProduct(getContainer())).variant.id
      testHooks().failures.clear()
    })

    /** A paid purchase of two phones (qty 2 at 40, qty 1 at 55.5), both of the phone variant. */
    async function paidPurchase() {
      const purchase = await createDraftPurchase(api, headers, {
        items: [
          { title: "Phone A", variant_id: variantId, quantity: 2, unit_price: 40, refurbishment_cost: "2.25" },
          { title: "Phone B", variant_id: variantId, unit_price: "55.50" },
        ],
      })
      await api.post(
        `/admin/customer-purchases/${purchase.id}/payout`,
        { lines: [{ method_id: "cash", amount: "135.50" }] },
        { headers }
      )
      return purchase
    }

    const stockedAtLocation = async () => {
      const levels = await getContainer().resolve(Modules.INVENTORY).listInventoryLevels({ location_id: location.id })
      return levels.reduce((sum: number, level: any) => sum + Number(level.stocked_quantity), 0)
    }
    const readPurchase = async (id: string) =>
      (await api.get(`/admin/customer-purchases/${id}`, { headers })).data.customer_purchase
    const run = (items: { purchase_id: string; item_id: string }[], extra: Record<string, unknown> = {}) =>
      stockCustomerPurchaseItemsWorkflow(getContainer()).run({ input: { items, ...extra } })
    // The workflow's errors come from the app's module realm, not jest's, so
    // `rejects.toThrow` does not see them as errors: compare the messages.
    const failure = (run: Promise<unknown>) =>
      run.then(
        () => "(it succeeded)",
        (error: any) => String(error?.message)
      )
    const itemsOf = (purchase: any) => purchase.items.map((item: any) => ({ purchase_id: purchase.id, item_id: item.id }))

    it("stocks every item of the batch, records costs, logs each and completes the purchase", async () => {
      const purchase = await paidPurchase()
      await run(itemsOf(purchase), { actor_id: "user_batch" })

      expect(await stockedAtLocation()).toBe(3)
      const after = await readPurchase(purchase.id)
      expect(after.status).toBe("completed")
      const byTitle = Object.fromEntries(after.items.map((item: any) => [item.title, item]))
      expect(byTitle["Phone A"]).toMatchObject({ status: "stocked", variant_id: variantId, stocked_location_id: location.id, unit_cost: 42.25 })
      expect(byTitle["Phone B"]).toMatchObject({ status: "stocked", unit_cost: 55.5 })
      expect(byTitle["Phone A"].stocked_at).toBeTruthy()

      const { data } = await api.get(`/admin/customer-purchases/${purchase.id}/activity`, { headers })
      const stocked = data.activity.filter((a: any) => a.type === "stocked")
      expect(stocked).toHaveLength(2)
      expect(stocked[0]).toMatchObject({ actor_id: "user_batch", from_status: "received", to_status: "stocked" })
      expect(data.activity.filter((a: any) => a.type === "completed")).toHaveLength(1)
    })

    it("places a hold period's reservation on every item of the batch, as stocking one item does", async () => {
      await enablePurchasing(api, headers, { default_location_id: location.id, default_hold_days: 7 })
      const purchase = await paidPurchase()
      await run(itemsOf(purchase), { actor_id: "user_batch" })

      const after = await readPurchase(purchase.id)
      const inventoryItemId = after.items[0].stocked_inventory_item_id
      const inventory = getContainer().resolve(Modules.INVENTORY)
      const reservations = await inventory.listReservationItems({ inventory_item_id: inventoryItemId })
      expect(reservations.map((r: any) => Number(r.quantity)).sort()).toEqual([1, 2])
      expect(reservations.every((r: any) => r.metadata?.customer_purchase_hold === true)).toBe(true)
      // On hand 3, all of it held: nothing a cart could take.
      expect(await stockedAtLocation()).toBe(3)
      expect(Number(await inventory.retrieveAvailableQuantity(inventoryItemId, [location.id]))).toBe(0)

      const { data } = await api.get(`/admin/customer-purchases/${purchase.id}/activity`, { headers })
      const placed = data.activity.filter((a: any) => a.type === "hold_placed")
      expect(placed.map((a: any) => a.data.days)).toEqual([7, 7])
      expect(new Set(placed.map((a: any) => a.item_id))).toEqual(new Set(after.items.map((i: any) => i.id)))
    })

    it("stocks nothing when one item of the batch cannot be stocked, and stocks each item once", async () => {
      const purchase = await paidPurchase()
      const [first, second] = itemsOf(purchase)
      await run([first])
      expect(await stockedAtLocation()).toBe(2)

      expect(await failure(run([second, first]))).toContain("already stocked")
      expect(await stockedAtLocation()).toBe(2)
      const item = (await readPurchase(purchase.id)).items.find((i: any) => i.id === second.item_id)
      expect(item).toMatchObject({ status: "received", stocked_at: null, unit_cost: null })

      // Concurrent batches over the same item: one stocks it.
      const results = await Promise.allSettled([run([second]), run([second]), run([second])])
      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1)
      expect(await stockedAtLocation()).toBe(3)
    })

    it("rolls the whole batch back when a step after the inventory change fails", async () => {
      const purchase = await paidPurchase()
      testHooks().failures.add("purchaseItemsStocked")
      expect(await failure(run(itemsOf(purchase)))).toContain("Injected failure")

      expect(await stockedAtLocation()).toBe(0)
      const levels = await getContainer().resolve(Modules.INVENTORY).listInventoryLevels({ location_id: location.id })
      expect(levels).toEqual([])
      const after = await readPurchase(purchase.id)
      expect(after.status).toBe("paid")
      for (const item of after.items) {
        expect(item).toMatchObject({ status: "received", stocked_at: null, stocked_location_id: null, unit_cost: null })
      }

      testHooks().failures.clear()
      await run(itemsOf(purchase))
      expect(await stockedAtLocation()).toBe(3)
    })

    it("refuses unknown items, items of another purchase and items listed twice", async () => {
      const purchase = await paidPurchase()
      const other = await paidPurchase()
      const [first] = itemsOf(purchase)
      expect(await failure(run([{ purchase_id: other.id, item_id: first.item_id }]))).toContain("was not found")
      expect(await failure(run([{ purchase_id: purchase.id, item_id: "cpitem_missing" }]))).toContain("was not found")
      expect(await failure(run([first, first]))).toContain("more than once")
      expect(await stockedAtLocation()).toBe(0)
    })
  },
})
