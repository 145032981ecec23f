/**
 * What happens to a deposit after the order, in the order a real store goes
 * through it: the shopper places an order a deposit paid part of (through
 * @medusajs/js-sdk), the merchant captures the payment, fulfils, and then
 * receives a return or edits the order through core's admin routes. The
 * deposit's share of what left the order comes back once, by the merchant's
 * rule, and Medusa then suggests refunding only the card-paid part.
 */
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import type { SeededStore } from "../../scripts/lib/seed-store"
import {
  createDeposit,
  depositLines,
  PHONE,
  registerShopper,
  retrieveDeposit,
  seedDepositStore,
} from "../helpers/deposits"
import { eventually } from "../helpers/fixtures"
import { testHooks } from "../helpers/test-hooks"
import { addShipping, createCart, placeOrder, type Storefront } from "../helpers/storefront"
import { TEST_APP_DIR } from "./utils"

jest.setTimeout(240_000)

// Next to the phone (100), a 20 EUR book no deposit pays for.
const BOOK = { handle: "book", title: "Book", variants: [{ sku: "BOOK", prices: { eur: 20 }, stock: 1000 }] }

medusaIntegrationTestRunner({
  cwd: TEST_APP_DIR,
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let seeded: SeededStore
    let shop: Storefront
    let headers: Record<string, string>
    let phone: string
    let book: string

    beforeAll(async () => {
      ;({ seeded, shop, headers, phone } = await seedDepositStore(api, getContainer(), [PHONE, BOOK]))
      book = seeded.variants["BOOK"].id
    })

    beforeEach(() => {
      testHooks().events.length = 0
    })

    const shopper = (name: string) => registerShopper(shop, name)

    const adminDeposit = (id: string) => retrieveDeposit(api, headers, id)

    const adminOrder = async (id: string) =>
      (
        await api.get(
          `/admin/orders/${id}?fields=+summary,*credit_lines,*items,*items.detail,*payment_collections.payments`,
          { headers }
        )
      ).data.order

    /** The deposit's entries after checkout, oldest first (one batch in type order). */
    const ledger = async (id: string) =>
      (await adminDeposit(id)).transactions
        .filter((t: any) => !["payment", "application"].includes(t.type))
        .sort((a: any, b: any) => a.created_at.localeCompare(b.created_at) || b.type.localeCompare(a.type))
        .map((t: any) => [t.type, t.amount, t.order_id])

    const orderDepositLines = (order: any) =>
      depositLines(order)
        .map((l: any) => [l.reference_id, l.amount])
        .sort((a: any, b: any) => b[1] - a[1])

    const returnedEvents = () => testHooks().events.filter((e) => e.name === "item_deposit.returned")

    /** The shopper's checkout: deposits apply by themselves, the card pays the rest. */
    async function orderWithDeposit(
      name: string,
      items: { variant_id: string; quantity: number }[],
      deposit: { amount_per_unit: number; units: number }
    ) {
      const { sdk, customer } = await shopper(name)
      const held = await createDeposit(api, headers, { customer_id: customer.id, variant_id: phone, ...deposit })
      let cart = await createCart(sdk, { region_id: seeded.region.id, items })
      cart = await addShipping(sdk, cart.id)
      const placed = await placeOrder(sdk, cart.id)
      // order.placed links the deposit to the order (and consumes the hold).
      await eventually(async () => expect((await adminDeposit(held.id)).orders.map((o: any) => o.id)).toEqual([placed.id]))
      return { sdk, customer, deposit: held, order: placed }
    }

    /** The merchant takes the card payment. */
    async function capture(orderId: string) {
      const order = await adminOrder(orderId)
      const payment = order.payment_collections[0].payments[0]
      await api.post(`/admin/payments/${payment.id}/capture`, {}, { headers })
      return payment.id as string
    }

    async function fulfil(orderId: string) {
      const order = await adminOrder(orderId)
      await api.post(
        `/admin/orders/${orderId}/fulfillments`,
        {
          location_id: seeded.stockLocation.id,
          items: order.items.map((i: any) => ({ id: i.id, quantity: i.quantity })),
        },
        { headers }
      )
    }

    /** Core's return flow: request, confirm, receive, confirm the receipt. */
    async function receiveReturn(orderId: string, variantId: string, quantity: number) {
      const order = await adminOrder(orderId)
      const item = order.items.find((i: any) => i.variant_id === variantId)
      const { data } = await api.post(
        "/admin/returns",
        { order_id: orderId, location_id: seeded.stockLocation.id },
        { headers }
      )
      const id = data.return.id
      await api.post(`/admin/returns/${id}/request-items`, { items: [{ id: item.id, quantity }] }, { headers })
      await api.post(`/admin/returns/${id}/request`, {}, { headers })
      await receiveItems(id, item.id, quantity)
      return id as string
    }

    /** The warehouse receives a requested return's items. */
    async function receiveItems(returnId: string, itemId: string, quantity: number) {
      await api.post(`/admin/returns/${returnId}/receive`, {}, { headers })
      await api.post(`/admin/returns/${returnId}/receive-items`, { items: [{ id: itemId, quantity }] }, { headers })
      await api.post(`/admin/returns/${returnId}/receive/confirm`, {}, { headers })
    }

    async function redeliver(name: string, data: Record<string, unknown>) {
      const eventBus = getContainer().resolve(Modules.EVENT_BUS)
      await eventBus.emit([
        { name, data },
        { name, data },
      ])
      await new Promise((resolve) => setTimeout(resolve, 1500))
    }

    it("defaults the rule to 'deposit' and validates it", async () => {
      const { data } = await api.get("/admin/purchase-settings", { headers })
      expect(data.purchase_settings.deposit_return_rule).toBe("deposit")
      const refused = await api
        .post("/admin/purchase-settings", { deposit_return_rule: "cash" }, { headers })
        .catch((e: any) => e.response)
      expect(refused.status).toBe(400)
      expect(refused.data.message).toMatch(/deposit_return_rule/)
    })

    it("a full return puts the deposit's share back on the deposit, once; the refund suggested is the card part", async () => {
      const { sdk, customer, deposit, order } = await orderWithDeposit("ada", [{ variant_id: phone, quantity: 1 }], {
        amount_per_unit: 30,
        units: 1,
      })
      expect(order.total).toBe(70)
      await capture(order.id)
      await fulfil(order.id)

      const returnId = await receiveReturn(order.id, phone, 1)
      await eventually(async () => expect((await adminDeposit(deposit.id)).remaining_amount).toBe(30))

      const after = await adminDeposit(deposit.id)
      expect(after.status).toBe("active")
      expect(await ledger(deposit.id)).toEqual([["return", 30, order.id]])
      // Of the 100 the phone cost, 30 came back to the deposit: 70 to refund.
      const updated = await adminOrder(order.id)
      expect(updated.summary.pending_difference).toBe(-70)
      expect(orderDepositLines(updated)).toEqual([
        [deposit.id, 30],
        [deposit.id, -30],
      ])
      await eventually(() =>
        expect(returnedEvents().map((e) => e.data)).toEqual([
          expect.objectContaining({ id: deposit.id, amount: 30, order_id: order.id, to: "deposit" }),
        ])
      )

      // The negative line is the plugin's own: no store credit came of it.
      const { data: accounts } = await api.get(`/admin/store-credit-accounts?customer_id=${customer.id}`, { headers })
      expect(accounts.store_credit_accounts).toEqual([])
      // What the order's admin widget reads: the deposit's ledger through the order link.
      const { data: widget } = await api.get(
        `/admin/orders/${order.id}?fields=id,currency_code,*credit_lines,item_deposits.id,item_deposits.display_id,` +
          "item_deposits.transactions.id,item_deposits.transactions.type,item_deposits.transactions.amount," +
          "item_deposits.transactions.order_id,item_deposits.transactions.created_at",
        { headers }
      )
      expect(
        widget.order.item_deposits[0].transactions
          .filter((t: any) => t.order_id === order.id)
          .map((t: any) => [t.type, t.amount])
      ).toEqual([["return", 30]])

      // The event delivered again: nothing changes.
      await redeliver("order.return_received", { order_id: order.id, return_id: returnId })
      expect(await ledger(deposit.id)).toEqual([["return", 30, order.id]])
      expect((await adminDeposit(deposit.id)).remaining_amount).toBe(30)
      expect((await adminOrder(order.id)).summary.pending_difference).toBe(-70)
      expect(returnedEvents()).toHaveLength(1)

      // Usable again at the next checkout.
      const again = await createCart(sdk, { region_id: seeded.region.id, items: [{ variant_id: phone, quantity: 1 }] })
      expect(depositLines(again).map((l: any) => [l.reference_id, l.amount])).toEqual([[deposit.id, 30]])
    })

    it("a partial return of a 2-unit deposit brings back one unit's worth, then the rest", async () => {
      const { deposit, order } = await orderWithDeposit("bob", [{ variant_id: phone, quantity: 2 }], {
        amount_per_unit: 30,
        units: 2,
      })
      expect(order.total).toBe(140)
      const paymentId = await capture(order.id)
      await fulfil(order.id)

      // One phone of two: 30 comes back, the order keeps 30 of the deposit.
      await receiveReturn(order.id, phone, 1)
      await eventually(async () => expect((await adminDeposit(deposit.id)).remaining_amount).toBe(30))
      expect((await adminDeposit(deposit.id)).status).toBe("active")
      expect(await ledger(deposit.id)).toEqual([["return", 30, order.id]])
      expect((await adminOrder(order.id)).summary.pending_difference).toBe(-70)

      // The merchant refunds what Medusa suggests: the card part of that phone.
      await api.post(`/admin/payments/${paymentId}/refund`, { amount: 70 }, { headers })
      expect((await adminOrder(order.id)).summary.pending_difference).toBe(0)

      // The second phone: the other 30, and again only 70 to refund.
      await receiveReturn(order.id, phone, 1)
      await eventually(async () => expect((await adminDeposit(deposit.id)).remaining_amount).toBe(60))
      expect(await ledger(deposit.id)).toEqual([
        ["return", 30, order.id],
        ["return", 30, order.id],
      ])
      const updated = await adminOrder(order.id)
      expect(updated.summary.pending_difference).toBe(-70)
      expect(orderDepositLines(updated)).toEqual([
        [deposit.id, 60],
        [deposit.id, -30],
        [deposit.id, -30],
      ])
      await eventually(() => expect(returnedEvents()).toHaveLength(2))
    })

    it("undoes the deposit credit line when a later step of the same workflow fails", async () => {
      const { deposit, order } = await orderWithDeposit("fay", [{ variant_id: phone, quantity: 1 }], {
        amount_per_unit: 30,
        units: 1,
      })
      await capture(order.id)
      await fulfil(order.id)
      await receiveReturn(order.id, phone, 1)
      await eventually(async () => expect((await adminOrder(order.id)).summary.pending_difference).toBe(-70))

      const engine = getContainer().resolve(Modules.WORKFLOW_ENGINE) as any
      const { errors } = await engine.run("test-fail-after-deposit-credit-lines", {
        input: { order_id: order.id, credit_lines: [{ deposit_id: deposit.id, amount: 10 }] },
        throwOnError: false,
      })
      expect(errors.map((e: any) => e.error?.message)).toContain("Injected failure after the deposit credit lines")
      const after = await adminOrder(order.id)
      expect(after.summary.pending_difference).toBe(-70)
      expect(orderDepositLines(after)).toEqual([
        [deposit.id, 30],
        [deposit.id, -30],
      ])
      // No order change is left open: the next return or edit can start.
      const { data: changes } = await api.get(`/admin/orders/${order.id}/changes`, { headers })
      expect(changes.order_changes.filter((c: any) => ["pending", "requested"].includes(c.status))).toEqual([])
    })

    it("an order edit that removes the deposit-paid item brings the whole deposit back", async () => {
      const { deposit, order } = await orderWithDeposit(
        "cleo",
        [
          { variant_id: phone, quantity: 2 },
          { variant_id: book, quantity: 1 },
        ],
        { amount_per_unit: 30, units: 2 }
      )
      expect(order.total).toBe(160)
      await capture(order.id)

      const current = await adminOrder(order.id)
      const phoneItem = current.items.find((i: any) => i.variant_id === phone)
      await api.post("/admin/order-edits", { order_id: order.id }, { headers })
      await api.post(`/admin/order-edits/${order.id}/items/item/${phoneItem.id}`, { quantity: 0 }, { headers })
      await api.post(`/admin/order-edits/${order.id}/request`, {}, { headers })
      await api.post(`/admin/order-edits/${order.id}/confirm`, {}, { headers })

      await eventually(async () => expect((await adminDeposit(deposit.id)).remaining_amount).toBe(60))
      expect((await adminDeposit(deposit.id)).status).toBe("active")
      expect(await ledger(deposit.id)).toEqual([["return", 60, order.id]])
      // The card paid 140 for the two phones: that is what is suggested back.
      const updated = await adminOrder(order.id)
      expect(updated.summary.pending_difference).toBe(-140)
      expect(orderDepositLines(updated)).toEqual([
        [deposit.id, 60],
        [deposit.id, -60],
      ])

      await redeliver("order-edit.confirmed", { order_id: order.id, actions: [] })
      expect(await ledger(deposit.id)).toEqual([["return", 60, order.id]])
      expect((await adminOrder(order.id)).summary.pending_difference).toBe(-140)
    })

    it("a claim that writes the deposit-paid item off brings its share back", async () => {
      const { deposit, order } = await orderWithDeposit("eve", [{ variant_id: phone, quantity: 1 }], {
        amount_per_unit: 30,
        units: 1,
      })
      await capture(order.id)
      await fulfil(order.id)
      const before = await adminOrder(order.id)
      const item = before.items.find((i: any) => i.variant_id === phone)

      const { data } = await api.post("/admin/claims", { order_id: order.id, type: "refund" }, { headers })
      const claimId = data.claim.id
      await api.post(
        `/admin/claims/${claimId}/claim-items`,
        { items: [{ id: item.id, quantity: 1, reason: "production_failure" }] },
        { headers }
      )
      await api.post(`/admin/claims/${claimId}/request`, {}, { headers })

      await eventually(async () => expect((await adminDeposit(deposit.id)).remaining_amount).toBe(30))
      expect(await ledger(deposit.id)).toEqual([["return", 30, order.id]])
      // A write-off does not change what the order owes (Medusa suggests no
      // refund for it), so there is nothing to settle with a credit line.
      const after = await adminOrder(order.id)
      expect(after.summary.pending_difference).toBe(0)
      expect(orderDepositLines(after)).toEqual([[deposit.id, 30]])

      await redeliver("order.claim_created", { order_id: order.id, claim_id: claimId })
      expect(await ledger(deposit.id)).toEqual([["return", 30, order.id]])
    })

    it("an exchange brings the share back when the exchanged item is received", async () => {
      const { deposit, order } = await orderWithDeposit("gus", [{ variant_id: phone, quantity: 1 }], {
        amount_per_unit: 30,
        units: 1,
      })
      await capture(order.id)
      await fulfil(order.id)
      const item = (await adminOrder(order.id)).items.find((i: any) => i.variant_id === phone)

      // The phone for a book: requested, not received yet.
      const { data } = await api.post("/admin/exchanges", { order_id: order.id }, { headers })
      const exchangeId = data.exchange.id
      await api.post(`/admin/exchanges/${exchangeId}/inbound/items`, { items: [{ id: item.id, quantity: 1 }] }, { headers })
      await api.post(`/admin/exchanges/${exchangeId}/outbound/items`, { items: [{ variant_id: book, quantity: 1 }] }, { headers })
      await api.post(`/admin/exchanges/${exchangeId}/request`, {}, { headers })
      await new Promise((resolve) => setTimeout(resolve, 1500))
      // The phone is still out there: nothing comes back yet.
      expect(await ledger(deposit.id)).toEqual([])

      const { data: exchange } = await api.get(`/admin/exchanges/${exchangeId}?fields=id,return_id`, { headers })
      await receiveItems(exchange.exchange.return_id, item.id, 1)
      await eventually(async () => expect((await adminDeposit(deposit.id)).remaining_amount).toBe(30))
      expect(await ledger(deposit.id)).toEqual([["return", 30, order.id]])
      const after = await adminOrder(order.id)
      // The card paid 70 for the phone and the book costs 20: 50 to refund.
      expect(after.summary.pending_difference).toBe(-50)
      expect(orderDepositLines(after)).toEqual([
        [deposit.id, 30],
        [deposit.id, -30],
      ])
    })

    it("with the store-credit rule, the share goes to the customer's store credit instead, once", async () => {
      await api.post("/admin/purchase-settings", { deposit_return_rule: "store_credit" }, { headers })
      try {
        const { customer, deposit, order } = await orderWithDeposit("dora", [{ variant_id: phone, quantity: 1 }], {
          amount_per_unit: 30,
          units: 1,
        })
        await capture(order.id)
        await fulfil(order.id)
        const returnId = await receiveReturn(order.id, phone, 1)

        const balance = async () => {
          const { data } = await api.get(`/admin/store-credit-accounts?customer_id=${customer.id}`, { headers })
          if (!data.store_credit_accounts.length) {
            return 0
          }
          const account = await api.get(`/admin/store-credit-accounts/${data.store_credit_accounts[0].id}`, { headers })
          return account.data.store_credit_account.balance
        }
        await eventually(async () => expect(await balance()).toBe(30))

        // On the deposit's ledger: it came back, and passed on to store credit
        // (written just after the credit, so waited for too).
        await eventually(async () =>
          expect(await ledger(deposit.id)).toEqual([
            ["return", 30, order.id],
            ["conversion", 30, order.id],
          ])
        )
        const after = await adminDeposit(deposit.id)
        expect(after).toMatchObject({ status: "consumed", remaining_amount: 0 })
        // The conversion names the store-credit account it went to.
        const { data: accounts } = await api.get(`/admin/store-credit-accounts?customer_id=${customer.id}`, { headers })
        expect(after.transactions.find((t: any) => t.type === "conversion").reference).toBe(
          accounts.store_credit_accounts[0].id
        )
        // Whatever the rule, the refund suggested is the card part only.
        expect((await adminOrder(order.id)).summary.pending_difference).toBe(-70)
        await eventually(() =>
          expect(returnedEvents().map((e) => e.data)).toEqual([
            expect.objectContaining({ id: deposit.id, amount: 30, to: "store_credit" }),
          ])
        )

        await redeliver("order.return_received", { order_id: order.id, return_id: returnId })
        expect(await balance()).toBe(30)
        expect(await ledger(deposit.id)).toHaveLength(2)
        expect((await adminOrder(order.id)).summary.pending_difference).toBe(-70)
      } finally {
        await api.post("/admin/purchase-settings", { deposit_return_rule: "deposit" }, { headers })
      }
    })
  },
})
