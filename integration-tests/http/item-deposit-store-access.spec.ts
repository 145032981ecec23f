/**
 * A customer sees, claims and uses only their own deposits. Tried against
 * every store route as another customer, an anonymous shopper (with and
 * without the depositor's email), and with wrong cart ids.
 */
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { FetchError } from "@medusajs/js-sdk"
import type { SeededStore } from "../../scripts/lib/seed-store"
import { createDeposit, depositLines, seedDepositStore } from "../helpers/deposits"
import {
  addShipping,
  completeCart,
  createCart,
  newSdk,
  registerCustomer,
  type Sdk,
  type Storefront,
} from "../helpers/storefront"
import { TEST_APP_DIR } from "./utils"

jest.setTimeout(240_000)


/** Calls a store route through the sdk's client and returns { status, body }. */
async function call(sdk: Sdk, path: string, init: { method?: string; body?: unknown } = {}) {
  try {
    return { status: 200, body: await sdk.client.fetch<any>(path, init as any) }
  } catch (error) {
    if (error instanceof FetchError) {
      return { status: error.status, body: { message: error.message } }
    }
    throw error
  }
}

medusaIntegrationTestRunner({
  cwd: TEST_APP_DIR,
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let seeded: SeededStore
    let shop: Storefront
    let headers: Record<string, string>
    let phone: string

    beforeAll(async () => {
      ;({ seeded, shop, headers, phone } = await seedDepositStore(api, getContainer()))
    })

    const deposit = (customerId: string) =>
      createDeposit(api, headers, { customer_id: customerId, variant_id: phone, amount_per_unit: 40 })

    it("keeps one customer's deposit away from everyone else", async () => {
      const owner = await registerCustomer(shop, { email: "owner@example.com", password: "secret-password" })
      const other = await registerCustomer(shop, { email: "other@example.com", password: "secret-password" })
      const anonymous = newSdk(shop)
      const held = await deposit(owner.customer.id)

      // The owner sees it, without the claim code; nobody else does.
      const mine = await call(owner.sdk, "/store/customers/me/item-deposits")
      expect(mine.body.item_deposits).toEqual([
        expect.objectContaining({ id: held.id, remaining_amount: 40, number: held.number }),
      ])
      expect(JSON.stringify(mine.body)).not.toContain(held.claim_code)
      expect((await call(other.sdk, "/store/customers/me/item-deposits")).body.item_deposits).toEqual([])
      expect((await call(anonymous, "/store/customers/me/item-deposits")).status).toBe(401)

      // Carts: only the owner's carts carry it.
      const ownerCart = await createCart(owner.sdk, { region_id: seeded.region.id, items: [{ variant_id: phone, quantity: 1 }] })
      expect(depositLines(ownerCart).map((l: any) => l.reference_id)).toEqual([held.id])
      const otherCart = await createCart(other.sdk, { region_id: seeded.region.id, items: [{ variant_id: phone, quantity: 1 }] })
      expect(depositLines(otherCart)).toEqual([])
      // An anonymous cart giving the owner's email is a guest cart: nothing.
      const { cart: guestCart } = await anonymous.store.cart.create({
        region_id: seeded.region.id,
        email: "owner@example.com",
        items: [{ variant_id: phone, quantity: 1 }],
      })
      expect(depositLines(guestCart)).toEqual([])

      // Re-apply: someone else's cart, an unknown cart, or no login.
      for (const [sdk, cartId, status] of [
        [other.sdk, ownerCart.id, 404],
        [owner.sdk, otherCart.id, 404],
        [owner.sdk, "cart_unknown", 404],
        [anonymous, ownerCart.id, 401],
        [anonymous, guestCart.id, 401],
      ] as const) {
        const res = await call(sdk, `/store/carts/${cartId}/item-deposits`, { method: "POST" })
        expect([cartId, res.status]).toEqual([cartId, status])
      }
      expect(depositLines((await other.sdk.store.cart.retrieve(otherCart.id)).cart)).toEqual([])

      // Core counts the email-only cart as the owner's, so the owner may put
      // the deposit on it; but whoever holds it anonymously cannot spend it:
      // checkout refuses, and any change takes the line off.
      await addShipping(anonymous, guestCart.id)
      const reapplied = await call(owner.sdk, `/store/carts/${guestCart.id}/item-deposits`, { method: "POST" })
      expect(depositLines(reapplied.body.cart).map((l: any) => l.reference_id)).toEqual([held.id])
      const stolen = await completeCart(anonymous, guestCart.id)
      expect(stolen).toMatchObject({ ok: false, status: 400 })
      expect((stolen as any).message).toMatch(/refresh the cart/)
      const { cart: touched } = await anonymous.store.cart.update(guestCart.id, { metadata: { note: "x" } })
      expect(depositLines(touched)).toEqual([])
      const paidInFull = await completeCart(anonymous, guestCart.id)
      expect(paidInFull).toMatchObject({ ok: true, order: { total: 100 } })
      expect((await api.get(`/admin/item-deposits/${held.id}`, { headers })).data.item_deposit.remaining_amount).toBe(40)

      // Its claim code claims nothing: the deposit already has an account.
      for (const sdk of [other.sdk, owner.sdk]) {
        const res = await call(sdk, "/store/customers/me/item-deposits/claim", {
          method: "POST",
          body: { claim_code: held.claim_code },
        })
        expect(res).toEqual({ status: 404, body: { message: "No unclaimed deposit matches this claim code." } })
      }
      expect(
        (await call(anonymous, "/store/customers/me/item-deposits/claim", { method: "POST", body: { claim_code: held.claim_code } })).status
      ).toBe(401)
      expect((await api.get(`/admin/item-deposits/${held.id}`, { headers })).data.item_deposit.customer_id).toBe(
        owner.customer.id
      )
    })

    it("lets a walk-in customer claim their deposit online with the slip's code, and only that way", async () => {
      // Recorded in store for a customer with no account.
      const walkIn = await getContainer().resolve(Modules.CUSTOMER).createCustomers({
        email: "walkin@example.com",
        first_name: "Walk",
        last_name: "In",
      })
      const held = await deposit(walkIn.id)

      // Someone shopping anonymously with that email gets nothing.
      const anonymous = newSdk(shop)
      const { cart: guestCart } = await anonymous.store.cart.create({
        region_id: seeded.region.id,
        email: "walkin@example.com",
        items: [{ variant_id: phone, quantity: 1 }],
      })
      expect(depositLines(guestCart)).toEqual([])

      // Creating an account with the same email is not enough either.
      const online = await registerCustomer(shop, { email: "walkin@example.com", password: "secret-password" })
      expect((await call(online.sdk, "/store/customers/me/item-deposits")).body.item_deposits).toEqual([])
      const before = await createCart(online.sdk, { region_id: seeded.region.id, items: [{ variant_id: phone, quantity: 1 }] })
      expect(depositLines(before)).toEqual([])

      // Wrong codes and bad input: refused, and nothing moves.
      const intruder = await registerCustomer(shop, { email: "intruder@example.com", password: "secret-password" })
      for (const [body, status, message] of [
        [{}, 400, /claim_code/],
        [{ claim_code: "" }, 400, /claim_code/],
        [{ claim_code: "AAAA-BBBB-CCCC" }, 404, /No unclaimed deposit/],
        [{ claim_code: held.claim_code, customer_id: walkIn.id }, 400, /customer_id/],
      ] as const) {
        const res = await call(intruder.sdk, "/store/customers/me/item-deposits/claim", { method: "POST", body })
        expect([body, res.status]).toEqual([body, status])
        expect(res.body.message).toMatch(message)
      }

      // The slip's code (typed in lower case) attaches it to the account.
      const claimed = await call(online.sdk, "/store/customers/me/item-deposits/claim", {
        method: "POST",
        body: { claim_code: held.claim_code.toLowerCase() },
      })
      expect(claimed.status).toBe(200)
      expect(claimed.body.item_deposit).toMatchObject({ id: held.id, remaining_amount: 40 })
      const after = await call(online.sdk, `/store/carts/${before.id}/item-deposits`, { method: "POST" })
      expect(depositLines(after.body.cart).map((l: any) => l.amount)).toEqual([40])

      // Single use: the code is spent, for the intruder and the owner alike.
      for (const sdk of [intruder.sdk, online.sdk]) {
        const again = await call(sdk, "/store/customers/me/item-deposits/claim", { method: "POST", body: { claim_code: held.claim_code } })
        expect(again.status).toBe(404)
      }
      // And the guest cart with the walk-in's email still gets nothing.
      const { cart: stillGuest } = await anonymous.store.cart.retrieve(guestCart.id)
      expect(depositLines(stillGuest)).toEqual([])
    })
  },
})
