/**
 * A deposit through the whole life of a cart, written as the sequences a
 * real store goes through, storefront actions through @medusajs/js-sdk:
 * promotions (automatic and coded) changing what the item costs, store
 * credit competing for the same amount, a cart attached by email before the
 * login, completing a completed cart (retry, webhook), checkouts that died
 * at each step and were retried after the cart changed, two lines naming
 * one deposit, and cart changes made outside a store request.
 */
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { completeCartWorkflow, updateLineItemInCartWorkflow } from "@medusajs/medusa/core-flows"
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
  getCart,
  loginCustomer,
  newSdk,
  payCart,
  placeOrder,
  registerCustomer,
  removeItem,
  updateItem,
  type Sdk,
  type Storefront,
} from "../helpers/storefront"
import { releaseAbandonedApplications } from "../../.medusa/server/src/workflows/item-deposit/utils/release-abandoned-applications"
import { TEST_APP_DIR } from "./utils"

jest.setTimeout(240_000)

const BOOK = { handle: "book", title: "Book", variants: [{ sku: "BOOK", prices: { eur: 20 }, stock: 1000 }] }
// A product of its own for the automatic promotion, so it touches no other test.
const TABLET = { handle: "tablet", title: "Tablet", variants: [{ sku: "TABLET", prices: { eur: 100 }, stock: 1000 }] }

const amounts = (cart: any) => depositLines(cart).map((line: any) => line.amount)

medusaIntegrationTestRunner({
  cwd: TEST_APP_DIR,
  inApp: true,
  testSuite: ({ api, getContainer, dbConnection }) => {
    let seeded: SeededStore
    let shop: Storefront
    let headers: Record<string, string>
    let phone: string
    let book: string
    let tablet: string

    beforeAll(async () => {
      ;({ seeded, shop, headers, phone } = await seedDepositStore(api, getContainer(), [PHONE, BOOK, TABLET]))
      book = seeded.variants["BOOK"].id
      tablet = seeded.variants["TABLET"].id
    })

    beforeEach(() => {
      testHooks().events.length = 0
    })

    const shopper = (name: string) => registerShopper(shop, name)

    const deposit = (customerId: string, body: Record<string, unknown> = {}) =>
      createDeposit(api, headers, { customer_id: customerId, variant_id: phone, ...body })

    const adminDeposit = (id: string) => retrieveDeposit(api, headers, id)

    /** The deposit's ledger as [type, amount] in order. */
    const ledger = async (id: string) =>
      (await adminDeposit(id)).transactions
        .slice()
        .sort((a: any, b: any) => a.created_at.localeCompare(b.created_at))
        .map((t: any) => [t.type, t.amount])

    const applications = async (depositId: string) =>
      (
        await dbConnection.raw(
          `select cart_id, order_id, status, amount::numeric as amount from item_deposit_application
            where deposit_id = ? order by created_at`,
          [depositId]
        )
      ).rows.map((r: any) => ({ ...r, amount: Number(r.amount) }))

    const service = () => getContainer().resolve("item_deposit") as any

    /** What a checkout that died after taking the deposits leaves: the holds, no order. */
    async function dieAfterHolding(cart: any) {
      await service().holdForCart({
        cart_id: cart.id,
        customer_id: cart.customer_id,
        lines: depositLines(cart).map((line: any) => ({ deposit_id: line.reference_id, amount: line.amount })),
      })
    }

    async function shippedCart(sdk: Sdk, items: { variant_id: string; quantity: number }[]) {
      const cart = await createCart(sdk, { region_id: seeded.region.id, items })
      return await addShipping(sdk, cart.id)
    }

    describe("promotions", () => {
      it("caps the deposit at what the item costs after an automatic promotion, in the same response", async () => {
        const { sdk, customer } = await shopper("ada")
        const held = await deposit(customer.id, { variant_id: tablet, amount_per_unit: 90, units: 2 })
        const promotion = await createPercentagePromotion(api, headers, "AUTO80", 80, {
          is_automatic: true,
          target_rules: [{ attribute: "items.product.id", operator: "in", values: [seeded.products["tablet"].id] }],
        })
        try {
          let cart = await shippedCart(sdk, [{ variant_id: tablet, quantity: 1 }])
          expect(cart).toMatchObject({ item_total: 20, total: 0 })
          expect(amounts(cart)).toEqual([20])
          const line = cart.items!.find((i: any) => i.variant_id === tablet)!
          cart = await updateItem(sdk, cart.id, line.id, 2)
          expect(cart).toMatchObject({ item_total: 40, total: 0 })
          expect(amounts(cart)).toEqual([40])
          cart = await updateItem(sdk, cart.id, line.id, 1)
          expect(amounts(cart)).toEqual([20])
          expect(cart.total).toBe(0)

          const order = await placeOrder(sdk, cart.id)
          expect(order.total).toBe(0)
          expect((await adminDeposit(held.id)).remaining_amount).toBe(160)
        } finally {
          await api.post(`/admin/promotions/${promotion.id}`, { status: "inactive" }, { headers })
        }
      })

      it("keeps the deposit right when the quantity of a line with a coded promotion changes", async () => {
        const { sdk, customer } = await shopper("bea")
        await deposit(customer.id, { amount_per_unit: 90, units: 2 })
        await createPercentagePromotion(api, headers, "EIGHTY", 80)
        let cart = await shippedCart(sdk, [{ variant_id: phone, quantity: 1 }])
        expect(amounts(cart)).toEqual([90])
        ;({ cart } = await sdk.store.cart.update(cart.id, { promo_codes: ["EIGHTY"] }))
        expect(amounts(cart)).toEqual([20])
        const line = cart.items![0]
        cart = await updateItem(sdk, cart.id, line.id, 2)
        expect(cart).toMatchObject({ item_total: 40, total: 0 })
        expect(amounts(cart)).toEqual([40])
        cart = await updateItem(sdk, cart.id, line.id, 1)
        expect(amounts(cart)).toEqual([20])
        expect(cart.total).toBe(0)
        const order = await placeOrder(sdk, cart.id)
        expect(order.total).toBe(0)
      })
    })

    it("wins over store credit applied first, and gives the room back when it leaves", async () => {
      const { sdk, customer } = await shopper("cleo")
      await creditStoreCredit(api, headers, { customer_id: customer.id, amount: 100 })
      let cart = await shippedCart(sdk, [
        { variant_id: phone, quantity: 1 },
        { variant_id: book, quantity: 1 },
      ])
      cart = await applyStoreCredit(sdk, cart.id, 100)
      expect(cart.total).toBe(20)

      // The deposit is taken in the shop while the cart waits; the shopper's
      // next cart change brings it in, and store credit makes room for it.
      const held = await deposit(customer.id)
      const bookLine = cart.items!.find((i: any) => i.variant_id === book)!
      cart = await updateItem(sdk, cart.id, bookLine.id, 1)
      const lines = () => (cart.credit_lines ?? []).map((l: any) => [l.reference, l.amount]).sort()
      expect(lines()).toEqual([["item-deposit", 30], ["store-credit", 90]])
      expect(cart.total).toBe(0)

      // The phone leaves: no deposit, store credit grows back (to what the cart allows).
      const phoneLine = cart.items!.find((i: any) => i.variant_id === phone)!
      cart = await removeItem(sdk, cart.id, phoneLine.id)
      expect(lines()).toEqual([["store-credit", 20]])
      expect(cart.total).toBe(0)
      cart = await addItem(sdk, cart.id, { variant_id: phone, quantity: 1 })
      expect(lines()).toEqual([["item-deposit", 30], ["store-credit", 90]])
      expect(cart.total).toBe(0)

      const order = await placeOrder(sdk, cart.id)
      expect(order.total).toBe(0)
      expect((await adminDeposit(held.id)).remaining_amount).toBe(0)
      const { data } = await api.get(`/admin/store-credit-accounts?customer_id=${customer.id}`, { headers })
      const account = await api.get(`/admin/store-credit-accounts/${data.store_credit_accounts[0].id}`, { headers })
      // Charged 90 of store credit and the 30 deposit for a 120 cart: nothing twice.
      expect(account.data.store_credit_account.balance).toBe(10)
    })

    it("comes before a gift card, whichever was applied first", async () => {
      const { sdk, customer } = await shopper("gina")
      const { data } = await api.post(
        "/admin/gift-cards",
        { code: `GIFT-${Date.now()}`, value: 100, currency_code: "eur" },
        { headers }
      )
      let cart = await shippedCart(sdk, [{ variant_id: phone, quantity: 1 }])
      ;({ cart } = await sdk.client.fetch<any>(`/store/carts/${cart.id}/gift-cards`, {
        method: "POST",
        body: { code: data.gift_card.code },
      }))
      expect(cart.total).toBe(0)
      const held = await deposit(customer.id)
      cart = await updateItem(sdk, cart.id, cart.items![0].id, 1)
      const lines = (cart.credit_lines ?? []).map((l: any) => [l.reference, l.amount]).sort()
      expect(lines).toEqual([["gift-card", 70], ["item-deposit", 30]])
      expect(cart.total).toBe(0)
      const order = await placeOrder(sdk, cart.id)
      expect(order.total).toBe(0)
      expect((await adminDeposit(held.id)).remaining_amount).toBe(0)
    })

    it("shows the deposit in the response of a transfer core skips (a cart that gave the customer's email)", async () => {
      const email = `dora-${Date.now()}@example.com`
      const { sdk, customer } = await registerCustomer(shop, { email, password: "secret-password" })
      await deposit(customer.id)
      const anonymous = newSdk(shop)
      const { cart: started } = await anonymous.store.cart.create({
        region_id: seeded.region.id,
        email,
        items: [{ variant_id: phone, quantity: 1 }],
      })
      // Core attached the cart to the account by its email; the anonymous
      // shopper still gets no deposit.
      expect(started.customer_id).toBe(customer.id)
      expect(amounts(started)).toEqual([])

      await loginCustomer(sdk, { email, password: "secret-password" })
      const { cart } = await sdk.store.cart.transferCart(started.id)
      expect(amounts(cart)).toEqual([30])
      expect(cart.total).toBe(70)
    })

    describe("completing a completed cart", () => {
      it("answers a retry, a double click and a payment webhook with the same order", async () => {
        const { sdk, customer } = await shopper("eve")
        const held = await deposit(customer.id)
        const cart = await shippedCart(sdk, [{ variant_id: phone, quantity: 1 }])
        await payCart(sdk, cart.id)
        const [first, second] = await Promise.all([
          completeCart(sdk, cart.id, { pay: false }),
          completeCart(sdk, cart.id, { pay: false }),
        ])
        expect([first.ok, second.ok]).toEqual([true, true])
        const orderId = (first as any).order.id
        expect((second as any).order.id).toBe(orderId)
        const again = await completeCart(sdk, cart.id, { pay: false })
        expect(again).toMatchObject({ ok: true, order: { id: orderId } })
        // A payment provider's webhook completes the cart outside any store request.
        const { result } = await completeCartWorkflow(getContainer()).run({ input: { id: cart.id } })
        expect(result.id).toBe(orderId)

        expect(await ledger(held.id)).toEqual([
          ["payment", 30],
          ["application", 30],
        ])
        await eventually(async () =>
          expect(await applications(held.id)).toEqual([
            { cart_id: cart.id, order_id: orderId, status: "consumed", amount: 30 },
          ])
        )
      })

      it("places the order with the deposit when a webhook completes a cart the storefront never did", async () => {
        const { sdk, customer } = await shopper("fay")
        const held = await deposit(customer.id)
        const cart = await shippedCart(sdk, [{ variant_id: phone, quantity: 1 }])
        await payCart(sdk, cart.id)
        const { result } = await completeCartWorkflow(getContainer()).run({ input: { id: cart.id } })
        const { data } = await api.get(`/admin/orders/${result.id}?fields=*credit_lines,total`, { headers })
        expect(data.order.total).toBe(70)
        expect(data.order.credit_lines.map((l: any) => [l.reference_id, l.amount])).toEqual([[held.id, 30]])
        await eventually(async () => expect((await adminDeposit(held.id)).orders.map((o: any) => o.id)).toEqual([result.id]))
      })
    })

    describe("a checkout that died", () => {
      it("is retried on the same cart: the deposit is taken once", async () => {
        const { sdk, customer } = await shopper("gus")
        const held = await deposit(customer.id, { units: 2 })
        const cart = await shippedCart(sdk, [{ variant_id: phone, quantity: 2 }])
        await dieAfterHolding(cart)
        const order = await placeOrder(sdk, cart.id)
        expect(order.total).toBe(140)
        expect(await ledger(held.id)).toEqual([["payment", 60], ["application", 60]])
      })

      it("then the cart changed: the line shows what this cart may use, and the retry reconciles", async () => {
        const { sdk, customer } = await shopper("hal")
        const held = await deposit(customer.id, { units: 2 })
        let cart = await shippedCart(sdk, [{ variant_id: phone, quantity: 2 }])
        await dieAfterHolding(cart)
        // The money the dead attempt holds is this cart's: the line does not shrink by it.
        cart = await updateItem(sdk, cart.id, cart.items![0].id, 1)
        expect(amounts(cart)).toEqual([30])
        const order = await placeOrder(sdk, cart.id)
        expect(order.credit_lines!.map((l) => l.amount)).toEqual([30])
        expect(await ledger(held.id)).toEqual([["payment", 60], ["application", 60], ["release", 30]])
        expect(await adminDeposit(held.id)).toMatchObject({ status: "active", remaining_amount: 30 })
        // What is left pays a later cart.
        const next = await createCart(sdk, { region_id: seeded.region.id, items: [{ variant_id: phone, quantity: 1 }] })
        expect(amounts(next)).toEqual([30])
      })

      it("then the deposit's item left the cart: the order is placed without it and the deposit is whole", async () => {
        const { sdk, customer } = await shopper("ivy")
        const held = await deposit(customer.id)
        let cart = await shippedCart(sdk, [
          { variant_id: phone, quantity: 1 },
          { variant_id: book, quantity: 1 },
        ])
        await dieAfterHolding(cart)
        cart = await removeItem(sdk, cart.id, cart.items!.find((i: any) => i.variant_id === phone)!.id)
        expect(amounts(cart)).toEqual([])
        const order = await placeOrder(sdk, cart.id)
        expect(order.total).toBe(20)
        expect(await adminDeposit(held.id)).toMatchObject({ status: "active", remaining_amount: 30 })
        await new Promise((resolve) => setTimeout(resolve, 500))
        expect(await releaseAbandonedApplications(getContainer(), { olderThanMs: 0 })).toEqual([])
        expect((await adminDeposit(held.id)).remaining_amount).toBe(30)
      })

      it("and was never retried: the job releases it, and a new cart uses the deposit", async () => {
        const { sdk, customer } = await shopper("jo")
        const held = await deposit(customer.id)
        const cart = await shippedCart(sdk, [{ variant_id: phone, quantity: 1 }])
        await dieAfterHolding(cart)
        expect((await adminDeposit(held.id)).remaining_amount).toBe(0)
        expect(await releaseAbandonedApplications(getContainer())).toEqual([])
        const released = await releaseAbandonedApplications(getContainer(), { olderThanMs: 0 })
        expect(released.map((r: any) => [r.deposit_id, r.cart_id])).toEqual([[held.id, cart.id]])
        expect(await adminDeposit(held.id)).toMatchObject({ status: "active", remaining_amount: 30 })
        const next = await createCart(sdk, { region_id: seeded.region.id, items: [{ variant_id: phone, quantity: 1 }] })
        expect(amounts(next)).toEqual([30])
      })

      it("after its order existed but before order.placed was handled: the job lets the order keep it", async () => {
        const { sdk, customer } = await shopper("kim")
        const held = await deposit(customer.id)
        const cart = await shippedCart(sdk, [{ variant_id: phone, quantity: 1 }])
        await payCart(sdk, cart.id)
        // The process died as the order was placed: its events never left.
        const { result } = await completeCartWorkflow(getContainer()).run({
          input: { id: cart.id },
          context: { preventReleaseEvents: true } as any,
        })
        await new Promise((resolve) => setTimeout(resolve, 500))
        expect(await applications(held.id)).toEqual([{ cart_id: cart.id, order_id: null, status: "held", amount: 30 }])

        expect(await releaseAbandonedApplications(getContainer(), { olderThanMs: 0 })).toEqual([])
        expect(await applications(held.id)).toEqual([
          { cart_id: cart.id, order_id: result.id, status: "consumed", amount: 30 },
        ])
        const after = await adminDeposit(held.id)
        expect(after).toMatchObject({ status: "consumed", remaining_amount: 0 })
        expect(after.orders.map((o: any) => o.id)).toEqual([result.id])
        // Nothing held is left for the job to look at.
        expect(await service().listHeldApplications({ updated_before: new Date(Date.now() + 60_000) })).toEqual([])
      })
    })

    it("refuses two credit lines naming one deposit", async () => {
      const { sdk, customer } = await shopper("lou")
      const small = await deposit(customer.id, { amount_per_unit: 30, units: 1 })
      const cart = await shippedCart(sdk, [{ variant_id: phone, quantity: 2 }])
      // Two lines of 30 for the 30 deposit, as a buggy integration might write them.
      const carts = getContainer().resolve(Modules.CART) as any
      const existing = depositLines(cart)
      await carts.softDeleteCreditLines(existing.map((l: any) => l.id))
      const line = { cart_id: cart.id, reference: "item-deposit", reference_id: small.id, amount: 30, metadata: { variant_id: phone } }
      await carts.createCreditLines([line, line])

      const refused = await completeCart(sdk, cart.id)
      expect(refused).toMatchObject({ ok: false, status: 400 })
      expect((refused as any).message).toMatch(/no longer covers 60 \(it has 30 left\)/)
      expect(await adminDeposit(small.id)).toMatchObject({ status: "active", remaining_amount: 30 })
    })

    describe("cart changes outside a store request", () => {
      it("shrink the deposit line but never grow it, so checkout is never blocked", async () => {
        const { sdk, customer } = await shopper("max")
        const held = await deposit(customer.id, { units: 2 })
        let cart = await shippedCart(sdk, [{ variant_id: phone, quantity: 2 }])
        expect(amounts(cart)).toEqual([60])
        const item_id = cart.items![0].id
        const container = getContainer()

        // An admin tool lowers the quantity: the line follows down at once.
        await updateLineItemInCartWorkflow(container).run({ input: { cart_id: cart.id, item_id, update: { quantity: 1 } } })
        expect(amounts(await getCart(sdk, cart.id))).toEqual([30])
        // ...and back up: nobody is known to be shopping, so the deposit does not grow.
        await updateLineItemInCartWorkflow(container).run({ input: { cart_id: cart.id, item_id, update: { quantity: 2 } } })
        cart = await getCart(sdk, cart.id)
        expect(amounts(cart)).toEqual([30])

        // The owner's next change brings it back; checkout works either way.
        cart = (await sdk.client.fetch<any>(`/store/carts/${cart.id}/item-deposits`, { method: "POST" })).cart
        expect(amounts(cart)).toEqual([60])
        const order = await placeOrder(sdk, cart.id)
        expect(order.total).toBe(140)
        expect((await adminDeposit(held.id)).remaining_amount).toBe(0)
      })

      it("emits item_deposit.applied only for changes that were kept", async () => {
        const { sdk, customer } = await shopper("ned")
        const cart = await shippedCart(sdk, [{ variant_id: phone, quantity: 1 }])
        await deposit(customer.id)
        // This change would bring the deposit in, but core rejects its promo code afterwards.
        await expect(sdk.store.cart.update(cart.id, { promo_codes: ["NO-SUCH-CODE"] })).rejects.toThrow()
        expect(amounts(await getCart(sdk, cart.id))).toEqual([])
        await new Promise((resolve) => setTimeout(resolve, 500))
        expect(testHooks().events.filter((e) => e.name === "item_deposit.applied")).toEqual([])

        const kept = (await sdk.client.fetch<any>(`/store/carts/${cart.id}/item-deposits`, { method: "POST" })).cart
        expect(amounts(kept)).toEqual([30])
        await eventually(() =>
          expect(testHooks().events.filter((e) => e.name === "item_deposit.applied")).toHaveLength(1)
        )
      })
    })
  },
})
