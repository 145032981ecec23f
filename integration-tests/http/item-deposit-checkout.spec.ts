/**
 * Item deposits at the storefront, driven through @medusajs/js-sdk exactly
 * as a storefront does: the deposit follows the cart, is consumed by the
 * order, works next to loyalty store credit, and is returned when the order
 * is cancelled.
 */
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import type { SeededStore } from "../../scripts/lib/seed-store"
import {
  createDeposit,
  createPercentagePromotion,
  depositLines,
  PHONE,
  registerShopper,
  retrieveDeposit,
  seedDepositStore,
} from "../helpers/deposits"
import { eventually } from "../helpers/fixtures"
import { testHooks } from "../helpers/test-hooks"
import {
  addItem,
  addShipping,
  applyStoreCredit,
  completeCart,
  createCart,
  creditStoreCredit,
  newSdk,
  placeOrder,
  removeItem,
  updateItem,
  type Storefront,
} from "../helpers/storefront"
import { TEST_APP_DIR } from "./utils"

jest.setTimeout(240_000)

// Next to the phone, a 20 EUR book the deposits do not pay for.
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

    const deposit = (customerId: string, body: Record<string, unknown> = {}) =>
      createDeposit(api, headers, { customer_id: customerId, variant_id: phone, units: 2, ...body })

    const adminDeposit = (id: string) => retrieveDeposit(api, headers, id)

    it("follows the cart as items change, and is consumed by the order", async () => {
      const { sdk, customer } = await shopper("dana")
      const held = await deposit(customer.id)

      // Added: 2 phones, 2 units' worth (60) applies at once.
      let cart = await createCart(sdk, { region_id: seeded.region.id, items: [{ variant_id: phone, quantity: 2 }] })
      expect(depositLines(cart)).toEqual([
        expect.objectContaining({ reference_id: held.id, amount: 60, metadata: { variant_id: phone } }),
      ])
      expect(cart).toMatchObject({ item_total: 200, credit_line_total: 60, total: 140 })

      // One phone: one unit's worth.
      const phoneLine = cart.items!.find((i: any) => i.variant_id === phone)!
      cart = await updateItem(sdk, cart.id, phoneLine.id, 1)
      expect(depositLines(cart).map((l: any) => l.amount)).toEqual([30])
      expect(cart.total).toBe(70)

      // Other items are not paid by the deposit.
      cart = await addItem(sdk, cart.id, { variant_id: book, quantity: 1 })
      expect(depositLines(cart).map((l: any) => l.amount)).toEqual([30])
      expect(cart.total).toBe(90)

      // Removed: gone. Added again: back.
      cart = await removeItem(sdk, cart.id, phoneLine.id)
      expect(depositLines(cart)).toEqual([])
      expect(cart.total).toBe(20)
      cart = await addItem(sdk, cart.id, { variant_id: phone, quantity: 2 })
      expect(depositLines(cart).map((l: any) => l.amount)).toEqual([60])
      expect(cart.total).toBe(160)

      cart = await addShipping(sdk, cart.id)
      const order = await placeOrder(sdk, cart.id)
      expect(order.total).toBe(160)
      expect(order.credit_lines).toEqual([
        expect.objectContaining({ reference: "item-deposit", reference_id: held.id, amount: 60 }),
      ])

      // The order paid the rest: its payment is the cart total minus the deposit.
      const { data } = await api.get(
        `/admin/orders/${order.id}?fields=+item_deposits.id,*credit_lines,*payment_collections,+summary`,
        { headers }
      )
      expect(data.order.payment_collections[0].amount).toBe(160)
      expect(data.order.summary.pending_difference).toBe(160)
      expect(data.order.credit_lines.map((l: any) => [l.reference_id, l.amount])).toEqual([[held.id, 60]])
      await eventually(async () => {
        const { data } = await api.get(`/admin/orders/${order.id}?fields=+item_deposits.id`, { headers })
        expect(data.order.item_deposits.map((d: any) => d.id)).toEqual([held.id])
      })

      const after = await adminDeposit(held.id)
      expect(after).toMatchObject({ status: "consumed", remaining_amount: 0 })
      expect(after.orders.map((o: any) => o.id)).toEqual([order.id])
      expect(after.transactions.filter((t: any) => t.type === "application")).toEqual([
        expect.objectContaining({ amount: 60, cart_id: cart.id }),
      ])
      await eventually(() => {
        const names = testHooks().events.map((e) => e.name)
        expect(names).toContain("item_deposit.applied")
        expect(names.filter((n) => n === "item_deposit.consumed")).toHaveLength(1)
      })
    })

    it("works together with loyalty store credit on the same cart", async () => {
      const { sdk, customer } = await shopper("erin")
      const held = await deposit(customer.id, { amount_per_unit: 40, units: 1 })
      await creditStoreCredit(api, headers, { customer_id: customer.id, amount: 25 })

      let cart = await createCart(sdk, { region_id: seeded.region.id, items: [{ variant_id: phone, quantity: 1 }] })
      cart = await addShipping(sdk, cart.id)
      cart = await applyStoreCredit(sdk, cart.id, 25)
      expect((cart.credit_lines ?? []).map((l: any) => [l.reference, l.amount]).sort()).toEqual([
        ["item-deposit", 40],
        ["store-credit", 25],
      ])
      expect(cart.total).toBe(35)

      const order = await placeOrder(sdk, cart.id)
      expect(order.total).toBe(35)
      expect((await adminDeposit(held.id)).remaining_amount).toBe(0)
      const { data } = await api.get(`/admin/store-credit-accounts?customer_id=${customer.id}`, { headers })
      const account = await api.get(`/admin/store-credit-accounts/${data.store_credit_accounts[0].id}`, { headers })
      expect(account.data.store_credit_account.balance).toBe(0)
    })

    it("completes with no payment when the deposit covers the whole cart", async () => {
      const { sdk, customer } = await shopper("finn")
      const held = await deposit(customer.id, { amount_per_unit: 100, units: 1 })
      let cart = await createCart(sdk, { region_id: seeded.region.id, items: [{ variant_id: phone, quantity: 1 }] })
      cart = await addShipping(sdk, cart.id)
      expect(cart.total).toBe(0)
      const order = await placeOrder(sdk, cart.id)
      expect(order.total).toBe(0)
      expect(order.payment_collections ?? []).toEqual([])
      expect((await adminDeposit(held.id)).status).toBe("consumed")
    })

    it("gives the deposit back once when the order is cancelled, however often the event arrives", async () => {
      const { sdk, customer } = await shopper("gail")
      const held = await deposit(customer.id)
      let cart = await createCart(sdk, { region_id: seeded.region.id, items: [{ variant_id: phone, quantity: 2 }] })
      cart = await addShipping(sdk, cart.id)
      const order = await placeOrder(sdk, cart.id)
      expect((await adminDeposit(held.id)).remaining_amount).toBe(0)

      await api.post(`/admin/orders/${order.id}/cancel`, {}, { headers })
      await eventually(async () => expect((await adminDeposit(held.id)).remaining_amount).toBe(60))
      // The event delivered again: nothing more is released.
      const eventBus = getContainer().resolve(Modules.EVENT_BUS)
      await eventBus.emit([{ name: "order.canceled", data: { id: order.id } }, { name: "order.canceled", data: { id: order.id } }])
      await new Promise((resolve) => setTimeout(resolve, 1000))
      const after = await adminDeposit(held.id)
      expect(after).toMatchObject({ status: "active", remaining_amount: 60 })
      expect(after.transactions.filter((t: any) => t.type === "release")).toEqual([
        expect.objectContaining({ amount: 60, order_id: order.id }),
      ])
      expect(testHooks().events.filter((e) => e.name === "item_deposit.released")).toHaveLength(1)

      // Usable again, by a new cart.
      const again = await createCart(sdk, { region_id: seeded.region.id, items: [{ variant_id: phone, quantity: 1 }] })
      expect(depositLines(again).map((l: any) => l.amount)).toEqual([30])
    })

    it("follows the cart's customer: a cart started anonymously gets the deposit once transferred", async () => {
      const { sdk, customer } = await shopper("hugo")
      await deposit(customer.id)
      const anonymous = newSdk(shop)
      const { cart: started } = await anonymous.store.cart.create({
        region_id: seeded.region.id,
        items: [{ variant_id: phone, quantity: 1 }],
      })
      expect(depositLines(started)).toEqual([])

      const { cart } = await sdk.store.cart.transferCart(started.id)
      expect(cart.customer_id).toBe(customer.id)
      expect(depositLines(cart).map((l: any) => l.amount)).toEqual([30])
    })

    it("re-syncs the deposit line when a promotion changes what the item costs", async () => {
      const { sdk, customer } = await shopper("iris")
      const held = await deposit(customer.id, { amount_per_unit: 80, units: 1 })
      await createPercentagePromotion(api, headers, "HALF", 50)
      let cart = await createCart(sdk, { region_id: seeded.region.id, items: [{ variant_id: phone, quantity: 1 }] })
      cart = await addShipping(sdk, cart.id)
      expect(depositLines(cart).map((l: any) => l.amount)).toEqual([80])

      // The promotion halves the phone to 50: the deposit now pays 50, in
      // the same response, through the cart update and the promotions route.
      const { cart: promoted } = await sdk.store.cart.update(cart.id, { promo_codes: ["HALF"] })
      expect(depositLines(promoted).map((l: any) => l.amount)).toEqual([50])
      expect(promoted.total).toBe(0)
      const promotions = (method: "POST" | "DELETE") =>
        sdk.client.fetch<any>(`/store/carts/${cart.id}/promotions`, { method, body: { promo_codes: ["HALF"] } })
      const { cart: removed } = await promotions("DELETE")
      expect(depositLines(removed).map((l: any) => l.amount)).toEqual([80])
      const { cart: added } = await promotions("POST")
      expect(depositLines(added).map((l: any) => l.amount)).toEqual([50])

      const order = await placeOrder(sdk, cart.id)
      expect(order.total).toBe(0)
      expect((await adminDeposit(held.id)).remaining_amount).toBe(30)
    })

    it("refuses a checkout whose deposit line is stale, until the cart is refreshed", async () => {
      const { sdk, customer } = await shopper("jack")
      const held = await deposit(customer.id, { amount_per_unit: 80, units: 1 })
      let cart = await createCart(sdk, { region_id: seeded.region.id, items: [{ variant_id: phone, quantity: 1 }] })
      cart = await addShipping(sdk, cart.id)
      // A line that pays more than the phone costs, however it came about
      // (here written straight into the cart, as a buggy integration might).
      const carts = getContainer().resolve(Modules.CART) as any
      const [line] = depositLines(cart)
      await carts.deleteCreditLines([line.id])
      await carts.createCreditLines([
        { cart_id: cart.id, reference: "item-deposit", reference_id: held.id, amount: 120, metadata: line.metadata },
      ])

      const refused = await completeCart(sdk, cart.id)
      expect(refused).toMatchObject({ ok: false, status: 400 })
      expect((refused as any).message).toMatch(/out of date: refresh the cart/)
      expect((await adminDeposit(held.id)).remaining_amount).toBe(80)

      const { cart: refreshed } = await sdk.client.fetch<any>(`/store/carts/${cart.id}/item-deposits`, {
        method: "POST",
      })
      expect(depositLines(refreshed).map((l: any) => l.amount)).toEqual([80])
      const order = await placeOrder(sdk, cart.id)
      expect(order.total).toBe(20)
      expect((await adminDeposit(held.id)).remaining_amount).toBe(0)
    })
  },
})
