/**
 * Money must never be spent twice: concurrent checkouts of carts holding the
 * same deposit, a conversion racing a checkout, and checkouts that died
 * between taking a deposit and creating their order.
 */
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { SeededStore } from "../../scripts/lib/seed-store"
import { createDeposit, seedDepositStore } from "../helpers/deposits"
import {
  addShipping,
  completeCart,
  createCart,
  payCart,
  placeOrder,
  registerCustomer,
  TEST_ADDRESS,
  type Sdk,
  type Storefront,
} from "../helpers/storefront"
import { releaseAbandonedApplications } from "../../.medusa/server/src/workflows/item-deposit/utils/release-abandoned-applications"
import { TEST_APP_DIR } from "./utils"

jest.setTimeout(15 * 60_000)

const TRIALS = Number(process.env.DEPOSIT_RACE_TRIALS ?? 20)

medusaIntegrationTestRunner({
  cwd: TEST_APP_DIR,
  inApp: true,
  testSuite: ({ api, getContainer, dbConnection }) => {
    let seeded: SeededStore
    let shop: Storefront
    let headers: Record<string, string>
    let phone: string

    beforeAll(async () => {
      ;({ seeded, shop, headers, phone } = await seedDepositStore(api, getContainer()))
    })

    const deposit = (customerId: string, amount = 60) =>
      createDeposit(api, headers, { customer_id: customerId, variant_id: phone, amount_per_unit: amount })

    /** A cart with the phone, shipped and with its payment session open. */
    async function readyCart(sdk: Sdk) {
      const cart = await createCart(sdk, {
        region_id: seeded.region.id,
        items: [{ variant_id: phone, quantity: 1 }],
        shipping_address: TEST_ADDRESS,
      })
      await addShipping(sdk, cart.id)
      await payCart(sdk, cart.id)
      return cart.id
    }

    async function ledger(depositId: string) {
      const { rows } = await dbConnection.raw(
        `select coalesce(sum(case when type = 'application' then amount when type = 'release' then -amount else 0 end), 0)::numeric as applied,
                coalesce(sum(case when type in ('payment', 'release', 'reversal') then amount else -amount end), 0)::numeric as remaining
           from item_deposit_transaction where deposit_id = ?`,
        [depositId]
      )
      return { applied: Number(rows[0].applied), remaining: Number(rows[0].remaining) }
    }

    for (const carts of [2, 10]) {
      it(`uses a deposit at most once: ${TRIALS} trials of ${carts} concurrent checkouts`, async () => {
        const { sdk, customer } = await registerCustomer(shop, {
          email: `racer-${carts}@example.com`,
          password: "secret-password",
        })
        for (let trial = 0; trial < TRIALS; trial++) {
          const held = await deposit(customer.id)
          // The first payment session creates the customer's account holder
          // with the payment provider; core races on that creation, so it
          // goes first and the other carts are prepared in parallel.
          const first = await readyCart(sdk)
          const cartIds = [first, ...(await Promise.all(Array.from({ length: carts - 1 }, () => readyCart(sdk))))]

          const results = await Promise.all(cartIds.map((id) => completeCart(sdk, id, { pay: false })))
          const orders = results.filter((r) => r.ok) as any[]
          const refused = results.filter((r) => !r.ok) as any[]

          // One checkout got the deposit; the others were refused, naming it,
          // and did not become orders with an unpaid discount. On a loaded
          // machine a checkout may wait longer than the lock timeout (5 s)
          // behind the others for the deposit's row: it is refused as a
          // conflict to retry (409), which a retry turns into the 400.
          expect([trial, orders.length]).toEqual([trial, 1])
          for (const r of refused) {
            if (r.status === 409) {
              expect(r.message).toMatch(/try again|conflicted with another request/)
              continue
            }
            expect([trial, r.status]).toEqual([trial, 400])
            expect(r.message).toMatch(new RegExp(`${held.number}|refresh the cart`))
          }
          const { applied, remaining } = await ledger(held.id)
          expect([trial, applied, remaining]).toEqual([trial, 60, 0])

          // The winning order's money adds up: 100 = 60 deposit + 40 paid.
          const { data } = await api.get(
            `/admin/orders/${orders[0].order.id}?fields=total,*credit_lines,*payment_collections,summary`,
            { headers }
          )
          expect(data.order.total).toBe(40)
          expect(data.order.credit_lines.map((l: any) => [l.reference_id, l.amount])).toEqual([[held.id, 60]])
          expect(data.order.payment_collections.map((p: any) => p.amount)).toEqual([40])
          const { rows } = await dbConnection.raw(
            `select count(*)::int as n from cart where id = any(?) and completed_at is not null`,
            [cartIds]
          )
          expect([trial, rows[0].n]).toEqual([trial, 1])
        }
      })
    }

    it("converts a deposit or lets a checkout use it, never both, when they race", async () => {
      const { sdk, customer } = await registerCustomer(shop, { email: "converter@example.com", password: "secret-password" })
      for (let trial = 0; trial < 5; trial++) {
        const held = await deposit(customer.id)
        const cartId = await readyCart(sdk)
        const [checkout, ...conversions] = await Promise.all([
          completeCart(sdk, cartId, { pay: false }),
          ...Array.from({ length: 3 }, () =>
            api
              .post(`/admin/item-deposits/${held.id}/convert`, { reason: "race" }, { headers })
              .then((r: any) => r.status)
              .catch((e: any) => e.response.status)
          ),
        ])
        const converted = conversions.filter((s) => s === 200).length
        expect(conversions.every((s) => s === 200 || s === 409)).toBe(true)
        expect([trial, converted + (checkout.ok ? 1 : 0)]).toEqual([trial, 1])

        const { rows } = await dbConnection.raw(
          `select coalesce(sum(t.amount), 0)::numeric as credited
             from store_credit_account_transaction t
            where t.reference = 'item_deposit' and t.reference_id = ? and t.deleted_at is null`,
          [held.id]
        )
        const { applied, remaining } = await ledger(held.id)
        expect([trial, applied + Number(rows[0].credited), remaining]).toEqual([trial, 60, 0])
      }
    })

    it("releases what a dead checkout took, and never what an order holds", async () => {
      const { sdk, customer } = await registerCustomer(shop, { email: "crash@example.com", password: "secret-password" })
      const held = await deposit(customer.id, 30)

      // A checkout that completed: its application stays.
      const placed = await readyCart(sdk)
      await placeOrder(sdk, placed)
      const other = await deposit(customer.id, 30)
      // A checkout that died after taking the other deposit, before its order.
      const service = getContainer().resolve("item_deposit") as any
      const dead = await readyCart(sdk)
      await service.holdForCart({ cart_id: dead, customer_id: customer.id, lines: [{ deposit_id: other.id, amount: 30 }] })

      // Too recent: a checkout may still be running.
      expect(await releaseAbandonedApplications(getContainer())).toEqual([])
      const released = await releaseAbandonedApplications(getContainer(), { olderThanMs: 0 })
      expect(released.map((r: any) => [r.deposit_id, r.cart_id])).toEqual([[other.id, dead]])
      expect(await ledger(other.id)).toEqual({ applied: 0, remaining: 30 })
      expect(await ledger(held.id)).toEqual({ applied: 30, remaining: 0 })
      // Running again changes nothing.
      expect(await releaseAbandonedApplications(getContainer(), { olderThanMs: 0 })).toEqual([])
    })
  },
})
