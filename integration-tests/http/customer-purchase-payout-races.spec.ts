/**
 * A payout racing an item edit (price change, item added, item removed):
 * whichever wins, a payout that happens records exactly the purchase's total
 * as it stands, and nothing answers 5xx. Item edits take the payout's lock
 * and check `draft` under the purchase's row lock; the payout sums the items
 * it reads after taking that row lock.
 */
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { createAdminHeaders } from "../helpers/admin"
import { attempt, createDraftPurchase, enablePurchasing, TEST_APP_DIR } from "./utils"

jest.setTimeout(300_000)

const TRIALS = Number(process.env.PAYOUT_RACE_TRIALS ?? 8)

medusaIntegrationTestRunner({
  cwd: TEST_APP_DIR,
  inApp: true,
  testSuite: ({ api, getContainer, dbConnection }) => {
    let headers: Record<string, string>

    beforeEach(async () => {
      ;({ headers } = await createAdminHeaders(getContainer()))
      await enablePurchasing(api, headers)
    })

    /** The purchase's total from its live items, and its payouts, straight from the database. */
    async function state(purchaseId: string) {
      const { rows: items } = await dbConnection.raw(
        `select coalesce(sum(quantity * unit_price), 0)::numeric as total from customer_purchase_item
         where purchase_id = ? and deleted_at is null`,
        [purchaseId]
      )
      const { rows: payouts } = await dbConnection.raw(
        `select p.total, (select coalesce(sum(l.amount), 0) from customer_purchase_payout_line l where l.payout_id = p.id) as lines
         from customer_purchase_payout p where p.purchase_id = ? and p.deleted_at is null`,
        [purchaseId]
      )
      const { rows: purchase } = await dbConnection.raw(`select status from customer_purchase where id = ?`, [purchaseId])
      return { total: Number(items[0].total), payouts: payouts.map((p: any) => ({ total: Number(p.total), lines: Number(p.lines) })), status: purchase[0].status }
    }

    const edits: [string, (purchase: any) => [string, string, unknown?]][] = [
      ["a price change", (p) => ["post", `/admin/customer-purchases/${p.id}/items/${p.items[0].id}`, { unit_price: 200 }]],
      ["an added item", (p) => ["post", `/admin/customer-purchases/${p.id}/items`, { items: [{ title: "Case", unit_price: 20 }] }]],
      ["a removed item", (p) => ["delete", `/admin/customer-purchases/${p.id}/items/${p.items[1].id}`]],
      ["a quantity change", (p) => ["post", `/admin/customer-purchases/${p.id}/items/${p.items[1].id}`, { quantity: 5 }]],
    ]

    it.each(edits)("a payout racing %s pays exactly the purchase total", async (_name, edit) => {
      const outcomes = { payoutFirst: 0, editFirst: 0 }
      for (let trial = 0; trial < TRIALS; trial++) {
        const purchase = await createDraftPurchase(api, headers)
        expect(purchase.total).toBe(155)
        const [method, url, body] = edit(purchase)
        const request = () =>
          attempt(method === "post" ? api.post(url, body, { headers }) : api.delete(url, { headers }))
        // Both at once; the order they are sent in alternates.
        const payout = () =>
          attempt(
            api.post(`/admin/customer-purchases/${purchase.id}/payout`, { lines: [{ method_id: "cash", amount: 155 }] }, { headers })
          )
        const [paid, edited] = trial % 2 ? await Promise.all([payout(), request()]) : (await Promise.all([request(), payout()])).reverse()

        expect([paid.status, edited.status].filter((s) => s >= 500)).toEqual([])
        const after = await state(purchase.id)
        if (paid.status === 200) {
          outcomes.payoutFirst++
          // The edit came too late: refused, the items are what was paid for.
          expect(edited.status).toBe(409)
          expect(after).toEqual({ total: 155, payouts: [{ total: 155, lines: 155 }], status: "paid" })
        } else {
          outcomes.editFirst++
          // The edit won: the payout for the old total is refused, nothing paid.
          expect([400, 409]).toContain(paid.status)
          expect(edited.status).toBeLessThan(300)
          expect(after.payouts).toEqual([])
          expect(after.status).toBe("draft")
          expect(after.total).not.toBe(155)
        }
        // Whatever happened, every payout equals the purchase total.
        for (const p of after.payouts) {
          expect(p).toEqual({ total: after.total, lines: after.total })
        }
      }
      expect(outcomes.payoutFirst + outcomes.editFirst).toBe(TRIALS)
    })
  },
})
