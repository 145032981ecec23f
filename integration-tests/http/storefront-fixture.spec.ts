/**
 * Proves the storefront fixture (scripts/lib/seed-store.ts and
 * helpers/storefront.ts) that the checkout tests build on: shoppers sign up,
 * fill a cart, ship, pay and get an order, all through the js-sdk; and the
 * loyalty plugin's store credit applies from the storefront.
 */
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { seedStore, type SeededStore } from "../../scripts/lib/seed-store"
import { createAdminHeaders } from "../helpers/admin"
import {
  addItem,
  addShipping,
  applyStoreCredit,
  completeCart,
  createCart,
  creditStoreCredit,
  placeOrder,
  registerCustomer,
  storefront,
  TEST_ADDRESS,
  type Storefront,
} from "../helpers/storefront"
import { TEST_APP_DIR } from "./utils"

jest.setTimeout(240_000)

// One 100 EUR item, no tax, 5 EUR shipping: every total is a round number.
const ITEM = { handle: "test-item", title: "Test item", variants: [{ sku: "ITEM-100", prices: { eur: 100 }, stock: 1000 }] }

medusaIntegrationTestRunner({
  cwd: TEST_APP_DIR,
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let seeded: SeededStore
    let shop: Storefront
    let adminHeaders: Record<string, string>
    let variantId: string

    // Seeded once: the runner snapshots the database after the suite's
    // beforeAll and restores that snapshot before every test.
    beforeAll(async () => {
      seeded = await seedStore(getContainer(), { products: [ITEM], taxRate: 0 })
      shop = storefront(api, seeded.publishableKey)
      ;({ headers: adminHeaders } = await createAdminHeaders(getContainer()))
      variantId = seeded.variants["ITEM-100"].id
    })

    const shopper = (name: string) =>
      registerCustomer(shop, {
        email: `${name}-${Date.now()}@example.com`,
        password: "secret-password",
        first_name: name,
        last_name: "Shopper",
      })

    it("two customers each check out a cart into an order the admin sees", async () => {
      const shoppers = [await shopper("alice"), await shopper("bob")]
      expect(shoppers[0].customer.id).not.toBe(shoppers[1].customer.id)

      // Alice's cart gets its address at checkout; Bob's has it from the start.
      for (const [i, { sdk, customer }] of shoppers.entries()) {
        const started = performance.now()
        const created = await createCart(sdk, {
          region_id: seeded.region.id,
          items: [{ variant_id: variantId, quantity: 1 }],
          ...(i === 1 ? { shipping_address: TEST_ADDRESS } : {}),
        })
        // The logged-in SDK's token ties the cart to its customer.
        expect(created).toMatchObject({ customer_id: customer.id, email: customer.email, total: 100 })

        const shipped = await addShipping(sdk, created.id)
        expect(shipped.total).toBe(105)

        const result = await completeCart(sdk, created.id)
        const ms = performance.now() - started
        if (!result.ok) throw new Error(`completion refused: ${result.status} ${result.message}`)
        // The store's order fields carry no customer_id: the admin's do, on request.
        expect(result.order).toMatchObject({ total: 105, email: customer.email })
        console.log(`cart → order in ${ms.toFixed(0)} ms`)

        const { data } = await api.get(`/admin/orders/${result.order.id}?fields=+customer_id`, {
          headers: adminHeaders,
        })
        expect(data.order).toMatchObject({
          id: result.order.id,
          total: 105,
          customer_id: customer.id,
          payment_status: "authorized",
        })
        expect(data.order.items).toEqual([expect.objectContaining({ variant_id: variantId, quantity: 1 })])
      }
    })

    it("applies loyalty store credit from the storefront: partly, and covering the whole cart", async () => {
      const partly = await shopper("carol")
      const fully = await shopper("dave")
      const partlyAccount = await creditStoreCredit(api, adminHeaders, { customer_id: partly.customer.id, amount: 30 })
      await creditStoreCredit(api, adminHeaders, { customer_id: fully.customer.id, amount: 500 })

      // 30 of 105: the cart shows a store-credit line and 75 left to pay.
      const cartA = await createCart(partly.sdk, { region_id: seeded.region.id, items: [{ variant_id: variantId, quantity: 1 }] })
      await addShipping(partly.sdk, cartA.id)
      const credited = await applyStoreCredit(partly.sdk, cartA.id, 30)
      expect(credited.credit_lines).toEqual([
        expect.objectContaining({ amount: 30, reference: "store-credit", reference_id: partlyAccount.id }),
      ])
      expect(credited).toMatchObject({ total: 75, credit_line_total: 30 })

      const orderA = await placeOrder(partly.sdk, cartA.id)
      expect(orderA).toMatchObject({ total: 75 })
      expect(orderA.credit_lines).toEqual([expect.objectContaining({ amount: 30, reference: "store-credit" })])

      const { data: accountAfter } = await api.get(`/admin/store-credit-accounts/${partlyAccount.id}`, {
        headers: adminHeaders,
      })
      expect(accountAfter.store_credit_account.balance).toBe(0)

      // The whole balance (no amount) is capped at the cart total: nothing
      // left to pay, so the cart completes without a payment session.
      const cartB = await createCart(fully.sdk, { region_id: seeded.region.id, items: [{ variant_id: variantId, quantity: 1 }] })
      await addShipping(fully.sdk, cartB.id)
      const covered = await applyStoreCredit(fully.sdk, cartB.id)
      expect(covered).toMatchObject({ total: 0, credit_line_total: 105 })
      const orderB = await placeOrder(fully.sdk, cartB.id)
      expect(orderB).toMatchObject({ total: 0 })

      const { data: adminB } = await api.get(`/admin/orders/${orderB.id}`, { headers: adminHeaders })
      expect(adminB.order.total).toBe(0)
    })

    it("surfaces refusals with their status and message", async () => {
      const { sdk } = await shopper("erin")
      const empty = await createCart(sdk, { region_id: seeded.region.id })
      expect(await completeCart(sdk, empty.id)).toEqual({
        ok: false,
        status: 400,
        message: "Cannot complete a cart with no items",
      })

      const cart = await createCart(sdk, { region_id: seeded.region.id, items: [{ variant_id: variantId, quantity: 1 }] })
      await addShipping(sdk, cart.id)
      const order = await placeOrder(sdk, cart.id)
      // Completing again answers the same order, not an error.
      expect(await completeCart(sdk, cart.id, { pay: false })).toMatchObject({ ok: true, order: { id: order.id } })
      await expect(addItem(sdk, cart.id, { variant_id: variantId, quantity: 1 })).rejects.toMatchObject({
        status: 400,
        message: expect.stringContaining("is already completed"),
      })
    })
  },
})
