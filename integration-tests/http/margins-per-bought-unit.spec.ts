/**
 * What each bought unit earned, in the order a real store goes through it:
 * the merchant buys two phones of one model from a seller, refurbishes one
 * (parts + labour), stocks both as one sellable variant; two shoppers buy
 * them through storefront checkouts (@medusajs/js-sdk) at different prices
 * (one with a promotion); one phone comes back through core's admin return
 * flow. The purchase's items and the margins report then show exactly what
 * was made, and the stock that is left at cost. Plus: two checkouts racing
 * for the last two units never match the same bought unit, and redelivered
 * order events change nothing.
 */
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { MathBN, Modules } from "@medusajs/framework/utils"
import { createPercentagePromotion, seedDepositStore, type DepositStore } from "../helpers/deposits"
import { eventually } from "../helpers/fixtures"
import { addShipping, createCart, newSdk, placeOrder, TEST_ADDRESS } from "../helpers/storefront"
import { attempt, createDraftPurchase, enablePurchasing, TEST_APP_DIR } from "./utils"

jest.setTimeout(300_000)

medusaIntegrationTestRunner({
  cwd: TEST_APP_DIR,
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let store: DepositStore
    let headers: Record<string, string>

    beforeAll(async () => {
      store = await seedDepositStore(api, getContainer())
      headers = store.headers
      await enablePurchasing(api, headers, { default_location_id: store.seeded.stockLocation.id })
    })

    /** A paid purchase of two phones of one model (one item each). */
    async function buyTwoPhones(title: string, prices: [number, number]) {
      const purchase = await createDraftPurchase(api, headers, {
        items: [
          { title, serial_number: `IMEI-${title}-A`.replace(/\W/g, ""), condition: "good", unit_price: prices[0] },
          { title, serial_number: `IMEI-${title}-B`.replace(/\W/g, ""), condition: "fair", unit_price: prices[1] },
        ],
      })
      await api.post(
        `/admin/customer-purchases/${purchase.id}/payout`,
        { lines: [{ method_id: "cash", amount: prices[0] + prices[1] }] },
        { headers }
      )
      const [first, second] = purchase.items
      return { purchase, first, second }
    }

    /** Stocks the first item as a new product at `price`, the second as the same variant. */
    async function stockAsOneVariant(purchaseId: string, firstId: string, secondId: string, title: string, price: number) {
      const { data } = await api.post(
        `/admin/customer-purchases/${purchaseId}/items/${firstId}/stock`,
        { product: { title, status: "published", variant: { prices: [{ amount: price, currency_code: "eur" }] } } },
        { headers }
      )
      const variantId = data.customer_purchase.items.find((i: any) => i.id === firstId).variant_id
      const { data: product } = await api.get(`/admin/product-variants?id=${variantId}&fields=product_id`, { headers })
      await api.post(
        `/admin/customer-purchases/${purchaseId}/items/${secondId}/stock`,
        { variant_id: variantId },
        { headers }
      )
      return { variantId, productId: product.variants[0].product_id as string }
    }

    /** A guest checkout of one unit; `promo` applies a promotion code first. */
    async function checkout(variantId: string, promo?: string) {
      const sdk = newSdk(store.shop)
      let cart = await createCart(sdk, {
        region_id: store.seeded.region.id,
        email: `guest-${Date.now()}-${Math.random()}@example.com`,
        shipping_address: TEST_ADDRESS,
        items: [{ variant_id: variantId, quantity: 1 }],
      })
      if (promo) {
        ;({ cart } = await sdk.store.cart.update(cart.id, { promo_codes: [promo] }))
      }
      await addShipping(sdk, cart.id)
      return placeOrder(sdk, cart.id)
    }

    const itemMargins = async (purchaseId: string) =>
      Object.fromEntries(
        (await api.get(`/admin/customer-purchases/${purchaseId}/margins`, { headers })).data.items.map((m: any) => [
          m.item_id,
          m,
        ])
      )

    const report = async (query: string) =>
      (await api.get(`/admin/customer-purchases/margins?${query}`, { headers })).data

    const adminOrder = async (id: string) =>
      (await api.get(`/admin/orders/${id}?fields=*items,*payment_collections.payments`, { headers })).data.order

    /** The merchant captures, fulfils, then runs core's return flow: request, receive, confirm. */
    async function returnOrder(orderId: string) {
      const order = await adminOrder(orderId)
      await api.post(`/admin/payments/${order.payment_collections[0].payments[0].id}/capture`, {}, { headers })
      await api.post(
        `/admin/orders/${orderId}/fulfillments`,
        {
          location_id: store.seeded.stockLocation.id,
          items: order.items.map((i: any) => ({ id: i.id, quantity: i.quantity })),
        },
        { headers }
      )
      const item = order.items[0]
      const { data } = await api.post(
        "/admin/returns",
        { order_id: orderId, location_id: store.seeded.stockLocation.id },
        { headers }
      )
      const returnId = data.return.id
      await api.post(`/admin/returns/${returnId}/request-items`, { items: [{ id: item.id, quantity: 1 }] }, { headers })
      await api.post(`/admin/returns/${returnId}/request`, {}, { headers })
      await api.post(`/admin/returns/${returnId}/receive`, {}, { headers })
      await api.post(`/admin/returns/${returnId}/receive-items`, { items: [{ id: item.id, quantity: 1 }] }, { headers })
      await api.post(`/admin/returns/${returnId}/receive/confirm`, {}, { headers })
      return returnId as string
    }

    async function redeliver(events: { name: string; data: Record<string, unknown> }[]) {
      await getContainer().resolve(Modules.EVENT_BUS).emit(events)
      await new Promise((resolve) => setTimeout(resolve, 2000))
    }

    it("buy two, refurbish one, sell both online, take one back: margins and stock value are exact", async () => {
      const { purchase, first, second } = await buyTwoPhones("Pixel 7", [150, 120])

      // Refurbishing the second phone: a screen (parts) and an hour's work (labour), each logged.
      const costs = `/admin/customer-purchases/${purchase.id}/items/${second.id}/costs`
      const parts = await api.post(costs, { kind: "parts", amount: "25.50", note: "Screen" }, { headers })
      expect(parts.status).toBe(201)
      expect(parts.data.refurbishment_cost).toBe(25.5)
      const labour = await api.post(costs, { kind: "labour", amount: 14.5, note: "Fitting, 1 h" }, { headers })
      expect(labour.data.refurbishment_cost).toBe(40)
      // Refused input writes nothing.
      const negative = await attempt(api.post(costs, { kind: "parts", amount: -5 }, { headers }))
      expect(negative.status).toBe(400)
      expect(negative.data.message).toMatch(/amount/)
      const badKind = await attempt(api.post(costs, { kind: "coffee", amount: 5 }, { headers }))
      expect(badKind.status).toBe(400)
      expect(badKind.data.message).toMatch(/kind/)
      const unknown = await attempt(
        api.post(`/admin/customer-purchases/${purchase.id}/items/cpitem_missing/costs`, { kind: "parts", amount: 1 }, { headers })
      )
      expect(unknown.status).toBe(404)
      const listed = (await api.get(costs, { headers })).data
      expect(listed.costs.map((c: any) => [c.kind, c.amount, c.note])).toEqual([
        ["parts", 25.5, "Screen"],
        ["labour", 14.5, "Fitting, 1 h"],
      ])
      expect(listed.refurbishment_cost).toBe(40)

      const { variantId, productId } = await stockAsOneVariant(purchase.id, first.id, second.id, "Pixel 7 (refurbished)", 299)
      const { data: stocked } = await api.get(`/admin/customer-purchases/${purchase.id}`, { headers })
      const unitCost = Object.fromEntries(stocked.customer_purchase.items.map((i: any) => [i.id, i.unit_cost]))
      expect(unitCost).toEqual({ [first.id]: 150, [second.id]: 160 })

      // Two shoppers: one pays the full 299, the other uses a 10% code (269.10).
      await createPercentagePromotion(api, headers, "TENOFF", 10)
      const full = await checkout(variantId)
      expect(full.total).toBe(299)
      const promoted = await checkout(variantId, "TENOFF")
      expect(promoted.total).toBe(269.1)

      // First in, first out: the phone stocked first went to the first order.
      await eventually(async () => expect((await itemMargins(purchase.id))[second.id].units_sold).toBe(1))
      let margins = await itemMargins(purchase.id)
      expect(margins[first.id]).toMatchObject({ units_sold: 1, sold: 299, cost_of_sold: 150, margin: 149, units_on_hand: 0 })
      expect(margins[second.id]).toMatchObject({ units_sold: 1, sold: 269.1, cost_of_sold: 160, margin: 109.1 })
      expect(margins[first.id].days_to_sell).toBe(0)
      expect(margins[second.id].margin).toBe(MathBN.sub(MathBN.sub(269.1, 120), 40).toNumber())

      // A sold phone takes no more costs.
      const late = await attempt(api.post(costs, { kind: "parts", amount: 5 }, { headers }))
      expect(late.status).toBe(409)
      expect(late.data.message).toMatch(/already sold/)

      const byProduct = `product_id=${productId}`
      expect((await report(byProduct)).totals).toEqual([
        {
          currency_code: "eur",
          bought: 270,
          refurbishment: 40,
          sold: 568.1,
          cost_of_sold: 310,
          margin: 258.1,
          units_sold: 2,
          stock_units: 0,
          stock_value: 0,
          stock_average_age_days: null,
          stock_oldest_age_days: null,
        },
      ])

      // The first shopper sends the phone back (core return flow).
      const returnId = await returnOrder(full.id)
      await eventually(async () => expect((await itemMargins(purchase.id))[first.id].units_sold).toBe(0))
      margins = await itemMargins(purchase.id)
      expect(margins[first.id]).toMatchObject({ units_sold: 0, sold: 0, cost_of_sold: 0, margin: 0, units_on_hand: 1 })
      expect(margins[first.id].days_to_sell).toBeNull()
      expect(margins[second.id]).toMatchObject({ units_sold: 1, sold: 269.1, margin: 109.1, units_on_hand: 0 })

      const afterReturn = (await report(byProduct)).totals[0]
      expect(afterReturn).toMatchObject({
        bought: 270,
        refurbishment: 40,
        sold: 269.1,
        cost_of_sold: 160,
        margin: 109.1,
        units_sold: 1,
        // The returned phone is on hand again, at what it cost.
        stock_units: 1,
        stock_value: 150,
        stock_average_age_days: 0,
        stock_oldest_age_days: 0,
      })

      // Every event delivered again, twice: nothing changes.
      await redeliver([
        { name: "order.placed", data: { id: full.id } },
        { name: "order.placed", data: { id: promoted.id } },
        { name: "order.placed", data: { id: full.id } },
        { name: "order.return_received", data: { order_id: full.id, return_id: returnId } },
        { name: "order.return_received", data: { order_id: full.id, return_id: returnId } },
      ])
      expect((await report(byProduct)).totals[0]).toEqual(afterReturn)

      // The chart's days and the CSV: one sale each, and the return's reversal.
      const { days } = await report(byProduct)
      expect(days).toEqual([
        { date: new Date().toISOString().slice(0, 10), currency_code: "eur", sold: 269.1, margin: 109.1 },
      ])
      const csv = await api.get(`/admin/customer-purchases/margins/export?${byProduct}`, { headers })
      expect(csv.headers["content-type"]).toMatch(/text\/csv/)
      const rows = String(csv.data).trim().split("\r\n")
      expect(rows[0]).toMatch(/^Date,Entry,Order/)
      expect(rows.slice(1).map((row) => row.split(",").slice(1, 2).concat(row.split(",").slice(-3)))).toEqual(
        expect.arrayContaining([
          ["sale", "299", "150", "149"],
          ["sale", "269.1", "160", "109.1"],
          ["reversal", "-299", "-150", "-149"],
        ])
      )
      expect(rows).toHaveLength(4)

      // Filters: a condition no item has, and a range before the sales.
      expect((await report(`${byProduct}&condition=poor`)).totals).toEqual([])
      const before = (await report(`${byProduct}&to=2020-01-01`)).totals[0]
      expect(before).toMatchObject({ bought: 0, sold: 0, margin: 0, stock_units: 1 })
      const badRange = await attempt(api.get("/admin/customer-purchases/margins?from=2026-12-10&to=2026-12-01", { headers }))
      expect(badRange.status).toBe(400)
      expect(badRange.data.message).toMatch(/to/)

      // The item's history names each cost and each sale.
      const { data: activity } = await api.get(
        `/admin/customer-purchases/${purchase.id}/activity?item_id=${first.id}&limit=50`,
        { headers }
      )
      expect(activity.activity.map((a: any) => a.type)).toEqual(expect.arrayContaining(["sold", "sale_reversed"]))
    })

    it("two checkouts racing for the last two units take one bought unit each", async () => {
      const { purchase, first, second } = await buyTwoPhones("Galaxy S21", [100, 90])
      const { variantId, productId } = await stockAsOneVariant(purchase.id, first.id, second.id, "Galaxy S21", 199)

      const orders = await Promise.all([checkout(variantId), checkout(variantId)])
      // And their order.placed delivered again, all at once.
      await redeliver(
        [0, 1, 2].flatMap(() => orders.map((order) => ({ name: "order.placed", data: { id: order.id } })))
      )
      await eventually(async () => expect((await report(`product_id=${productId}`)).totals[0]?.units_sold).toBe(2))

      const margins = await itemMargins(purchase.id)
      expect(margins[first.id]).toMatchObject({ units_sold: 1, sold: 199, margin: 99, units_on_hand: 0 })
      expect(margins[second.id]).toMatchObject({ units_sold: 1, sold: 199, margin: 109, units_on_hand: 0 })
      const csv = await api.get(`/admin/customer-purchases/margins/export?product_id=${productId}`, { headers })
      const sales = String(csv.data).trim().split("\r\n").slice(1)
      expect(sales).toHaveLength(2)
      // Each order took a different unit.
      expect(new Set(sales.map((row) => row.split(",")[2]))).toEqual(new Set(orders.map((o) => o.id)))
      expect((await report(`product_id=${productId}`)).totals[0]).toMatchObject({ sold: 398, cost_of_sold: 190, margin: 208 })
    })

    it("a refurbishment cost entered with the item, edited or set when stocking is logged as its difference: entries, unit cost and report agree", async () => {
      const purchase = await createDraftPurchase(api, headers, {
        items: [{ title: "iPad Air", serial_number: "IPADAIR1", condition: "good", unit_price: 200, refurbishment_cost: 10 }],
      })
      const item = purchase.items[0]
      const costs = `/admin/customer-purchases/${purchase.id}/items/${item.id}/costs`
      const entries = async () => (await api.get(costs, { headers })).data

      expect((await entries()).costs.map((c: any) => [c.kind, c.amount, c.note])).toEqual([["other", 10, "Entered with the item"]])
      await api.post(costs, { kind: "parts", amount: 5, note: "Battery" }, { headers })
      // The merchant corrects the figure by editing the item: 15 becomes 12.
      await api.post(`/admin/customer-purchases/${purchase.id}/items/${item.id}`, { refurbishment_cost: 12 }, { headers })
      await api.post(`/admin/customer-purchases/${purchase.id}/payout`, { lines: [{ method_id: "cash", amount: 200 }] }, { headers })
      // The stocking drawer's figure (20) does not overwrite the logged costs either.
      const { data } = await api.post(
        `/admin/customer-purchases/${purchase.id}/items/${item.id}/stock`,
        {
          product: { title: "iPad Air (refurbished)", status: "published", variant: { prices: [{ amount: 330, currency_code: "eur" }] } },
          refurbishment_cost: 20,
        },
        { headers }
      )
      const stocked = data.customer_purchase.items.find((i: any) => i.id === item.id)
      expect([stocked.refurbishment_cost, stocked.unit_cost]).toEqual([20, 220])

      const listed = await entries()
      expect(listed.costs.map((c: any) => [c.kind, c.amount, c.note])).toEqual([
        ["other", 10, "Entered with the item"],
        ["parts", 5, "Battery"],
        ["other", -3, "Changed by an edit of the item"],
        ["other", 8, "Set when the item was stocked"],
      ])
      const sum = listed.costs.reduce((total: any, c: any) => MathBN.add(total, c.amount), MathBN.convert(0))
      expect(MathBN.eq(sum, listed.refurbishment_cost)).toBe(true)

      const { data: product } = await api.get(`/admin/product-variants?id=${stocked.variant_id}&fields=product_id`, { headers })
      expect((await report(`product_id=${product.variants[0].product_id}`)).totals[0]).toMatchObject({
        bought: 200,
        refurbishment: 20,
        stock_units: 1,
        stock_value: 220,
      })
    })
  },
})
