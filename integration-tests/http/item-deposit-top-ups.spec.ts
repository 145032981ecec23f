/**
 * Top-ups: further payments onto an active deposit, each an append-only
 * ledger entry, recorded exactly once under concurrency and retries, and
 * serialised with a checkout that consumes the deposit.
 */
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { SeededStore } from "../../scripts/lib/seed-store"
import { createDeposit, depositLines, registerShopper, retrieveDeposit, seedDepositStore } from "../helpers/deposits"
import { eventually } from "../helpers/fixtures"
import { testHooks } from "../helpers/test-hooks"
import { addShipping, completeCart, createCart, payCart, TEST_ADDRESS, type Storefront } from "../helpers/storefront"
import { attempt, TEST_APP_DIR } from "./utils"

jest.setTimeout(240_000)

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

    beforeEach(() => {
      testHooks().events.length = 0
    })

    const topUp = (id: string, body: Record<string, unknown>) =>
      attempt(api.post(`/admin/item-deposits/${id}/top-ups`, { payment_method: "card", ...body }, { headers }))

    async function ledgerRows(depositId: string) {
      const { rows } = await dbConnection.raw(
        `select type, amount::numeric as amount, idempotency_key from item_deposit_transaction where deposit_id = ? order by created_at, id`,
        [depositId]
      )
      return rows.map((r: any) => ({ type: r.type, amount: Number(r.amount), key: r.idempotency_key }))
    }

    it("adds a payment entry per top-up and raises each unit's amount", async () => {
      const { customer } = await registerShopper(shop, "tess")
      const deposit = await createDeposit(api, headers, { customer_id: customer.id, variant_id: phone, units: 2 })

      const res = await topUp(deposit.id, { amount_per_unit: "12.50", payment_reference: "terminal 9" })
      expect(res.status).toBe(200)
      expect(res.data.item_deposit).toMatchObject({
        status: "active",
        amount_per_unit: 42.5,
        total_amount: 85,
        remaining_amount: 85,
        remaining_units: 2,
      })
      expect(res.data.item_deposit.transactions.map((t: any) => [t.type, t.amount, t.reference, t.note])).toEqual(
        expect.arrayContaining([
          ["payment", 60, null, "cash"],
          ["payment", 25, "terminal 9", "card"],
        ])
      )
      await eventually(() =>
        expect(testHooks().events.filter((e) => e.name === "item_deposit.topped_up")).toEqual([
          {
            name: "item_deposit.topped_up",
            data: expect.objectContaining({
              id: deposit.id,
              customer_id: customer.id,
              variant_id: phone,
              currency_code: "eur",
              amount: 25,
              units: 2,
            }),
          },
        ])
      )
    })

    it("refuses bad input, unknown deposits and closed ones, writing nothing", async () => {
      const { customer } = await registerShopper(shop, "rita")
      const deposit = await createDeposit(api, headers, { customer_id: customer.id, variant_id: phone })

      const negative = await topUp(deposit.id, { amount_per_unit: -5 })
      expect(negative.status).toBe(400)
      expect(negative.data.message).toContain("amount_per_unit")
      const noMethod = await attempt(api.post(`/admin/item-deposits/${deposit.id}/top-ups`, { amount_per_unit: 5 }, { headers }))
      expect(noMethod.status).toBe(400)
      expect(noMethod.data.message).toContain("payment_method")

      expect((await topUp("idep_unknown", { amount_per_unit: 5 })).status).toBe(404)

      await api.post(`/admin/item-deposits/${deposit.id}/cancel`, {}, { headers })
      const closed = await topUp(deposit.id, { amount_per_unit: 5 })
      expect(closed.status).toBe(409)
      expect(closed.data.message).toMatch(/D-\d+ is cancelled; only an active deposit can be topped up/)
      expect((await ledgerRows(deposit.id)).map((r: { type: string }) => r.type)).toEqual(["payment", "cancellation"])
    })

    it("records a retried top-up once (idempotency key), and refuses the key for another amount", async () => {
      const { customer } = await registerShopper(shop, "ike")
      const deposit = await createDeposit(api, headers, { customer_id: customer.id, variant_id: phone })

      // Sent five times at once, as a flaky network retrying would.
      const results = await Promise.all(
        Array.from({ length: 5 }, () => topUp(deposit.id, { amount_per_unit: 10, idempotency_key: "till-7-0001" }))
      )
      expect(results.map((r) => r.status)).toEqual([200, 200, 200, 200, 200])
      expect(await ledgerRows(deposit.id)).toEqual([
        { type: "payment", amount: 30, key: null },
        { type: "payment", amount: 10, key: "till-7-0001" },
      ])
      expect((await retrieveDeposit(api, headers, deposit.id)).remaining_amount).toBe(40)

      const other = await topUp(deposit.id, { amount_per_unit: 11, idempotency_key: "till-7-0001" })
      expect(other.status).toBe(409)
      expect((await ledgerRows(deposit.id)).length).toBe(2)
    })

    it("records every one of concurrent top-ups exactly once", async () => {
      const { customer } = await registerShopper(shop, "cora")
      const deposit = await createDeposit(api, headers, { customer_id: customer.id, variant_id: phone, units: 2 })

      const results = await Promise.all(
        [1, 2, 3, 4, 5, 6].map((n) => topUp(deposit.id, { amount_per_unit: n, idempotency_key: `k-${n}` }))
      )
      expect(results.map((r) => r.status)).toEqual([200, 200, 200, 200, 200, 200])
      const rows = await ledgerRows(deposit.id)
      expect(rows.filter((r: any) => r.key).map((r: any) => r.amount).sort((a: number, b: number) => a - b)).toEqual([2, 4, 6, 8, 10, 12])
      const after = await retrieveDeposit(api, headers, deposit.id)
      // 30 + 1+2+…+6 = 51 per unit, and the ledger sums to the same.
      expect(after).toMatchObject({ amount_per_unit: 51, remaining_amount: 102, total_amount: 102 })
    })

    it("serialises with a checkout consuming the deposit: the order takes what its cart showed, the top-up stays", async () => {
      const { sdk, customer } = await registerShopper(shop, "olga")
      const deposit = await createDeposit(api, headers, { customer_id: customer.id, variant_id: phone })
      const cart = await createCart(sdk, {
        region_id: seeded.region.id,
        items: [{ variant_id: phone, quantity: 1 }],
        shipping_address: TEST_ADDRESS,
      })
      expect(depositLines(cart).map((l: any) => l.amount)).toEqual([30])
      await addShipping(sdk, cart.id)
      await payCart(sdk, cart.id)

      const [completed, topped] = await Promise.all([
        completeCart(sdk, cart.id, { pay: false }),
        topUp(deposit.id, { amount_per_unit: 20 }),
      ])
      expect(completed.ok).toBe(true)
      expect(topped.status).toBe(200)
      const order = (completed as any).order
      expect(order.credit_lines.map((l: any) => l.amount)).toEqual([30])

      // Whichever went first, the ledger holds both, once: 30 + 20 − 30.
      await eventually(async () => {
        const after = await retrieveDeposit(api, headers, deposit.id)
        expect(after).toMatchObject({ status: "active", remaining_amount: 20, amount_per_unit: 50 })
        expect(after.orders.map((o: any) => o.id)).toEqual([order.id])
      })
      const rows = await ledgerRows(deposit.id)
      expect(rows.map((r: any) => [r.type, r.amount]).sort()).toEqual([["application", 30], ["payment", 20], ["payment", 30]])

      // The top-up pays at the customer's next checkout.
      const next = await createCart(sdk, { region_id: seeded.region.id, items: [{ variant_id: phone, quantity: 1 }] })
      expect(depositLines(next).map((l: any) => l.amount)).toEqual([20])
    })
  },
})
