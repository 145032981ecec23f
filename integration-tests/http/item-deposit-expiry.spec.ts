/**
 * Expiry: a default expiry from the settings, the reminder event once, and
 * the expiry job applying each of the merchant's rules once, also when two
 * runs race. The clock is the test's: expiry dates are set in the past (or
 * the job is run "later"), and the job's function is called directly.
 */
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { SeededStore } from "../../scripts/lib/seed-store"
import { createDeposit, depositLines, registerShopper, retrieveDeposit, seedDepositStore } from "../helpers/deposits"
import { eventually } from "../helpers/fixtures"
import { testHooks } from "../helpers/test-hooks"
import { createCart, type Storefront } from "../helpers/storefront"
import { runDepositExpiry } from "../../.medusa/server/src/workflows/item-deposit/utils/expire-deposits"
import { attempt, TEST_APP_DIR } from "./utils"

jest.setTimeout(240_000)

const DAY = 24 * 60 * 60 * 1000

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

    beforeEach(() => {
      testHooks().events.length = 0
    })

    const settings = async (body: Record<string, unknown>) =>
      (await api.post("/admin/item-deposit-settings", body, { headers })).data.item_deposit_settings
    const events = (name: string) => testHooks().events.filter((e) => e.name === name)
    const run = (now = new Date()) => runDepositExpiry(getContainer(), { now })

    it("settings: defaults until saved, validated, and the default expiry applies to new deposits", async () => {
      const { data } = await api.get("/admin/item-deposit-settings", { headers })
      expect(data.item_deposit_settings).toMatchObject({
        id: null,
        default_expiry_days: null,
        reminder_days_before: 7,
        expiry_rule: "keep",
        hold_stock: false,
      })
      const bad = await attempt(api.post("/admin/item-deposit-settings", { expiry_rule: "burn" }, { headers }))
      expect(bad.status).toBe(400)
      expect(bad.data.message).toContain("expiry_rule")
      const inverted = await attempt(
        api.post("/admin/item-deposit-settings", { online_min_percent: 80, online_max_percent: 50 }, { headers })
      )
      expect(inverted.status).toBe(400)
      expect(inverted.data.message).toContain("online_min_percent")

      const saved = await settings({ default_expiry_days: 90 })
      expect(saved).toMatchObject({ id: expect.stringMatching(/^idset_/), default_expiry_days: 90, expiry_rule: "keep" })

      const { customer } = await registerShopper(shop, "exa")
      const before = Date.now()
      const deposit = await createDeposit(api, headers, { customer_id: customer.id, variant_id: phone })
      const expires = new Date(deposit.expires_at).getTime()
      expect(expires).toBeGreaterThanOrEqual(before + 90 * DAY - 1000)
      expect(expires).toBeLessThanOrEqual(Date.now() + 90 * DAY + 1000)
      // Given explicitly (or null: never) it wins over the default.
      const never = await createDeposit(api, headers, { customer_id: customer.id, variant_id: phone, expires_at: null })
      expect(never.expires_at).toBeNull()
      await settings({ default_expiry_days: null })
    })

    it("reminds once, N days before, with what a notification needs", async () => {
      await settings({ reminder_days_before: 7, expiry_rule: "keep" })
      const { customer } = await registerShopper(shop, "remi")
      const soon = await createDeposit(api, headers, {
        customer_id: customer.id,
        variant_id: phone,
        units: 2,
        expires_at: new Date(Date.now() + 5 * DAY).toISOString(),
      })
      const later = await createDeposit(api, headers, {
        customer_id: customer.id,
        variant_id: phone,
        expires_at: new Date(Date.now() + 30 * DAY).toISOString(),
      })

      // Two processes running the job at once: one reminder.
      const [a, b] = await Promise.all([run(), run()])
      expect([...a.reminded, ...b.reminded].filter((id: string) => id === soon.id)).toEqual([soon.id])
      expect([...a.reminded, ...b.reminded]).not.toContain(later.id)
      expect((await run()).reminded).not.toContain(soon.id)
      await eventually(() =>
        expect(events("item_deposit.expiring").filter((e) => e.data.id === soon.id)).toEqual([
          {
            name: "item_deposit.expiring",
            data: expect.objectContaining({
              id: soon.id,
              number: soon.number,
              customer_id: customer.id,
              variant_id: phone,
              currency_code: "eur",
              amount_per_unit: 30,
              units: 2,
              remaining_amount: 60,
              expires_at: soon.expires_at,
              days_left: 5,
            }),
          },
        ])
      )
      expect((await retrieveDeposit(api, headers, soon.id)).expiry_reminded_at).toEqual(expect.any(String))

      // 25 days later the other one is due.
      expect((await run(new Date(Date.now() + 25 * DAY))).reminded).toContain(later.id)
    })

    it("rule keep: the deposit stays usable, the expiry is recorded once", async () => {
      await settings({ expiry_rule: "keep" })
      const { sdk, customer } = await registerShopper(shop, "kip")
      const deposit = await createDeposit(api, headers, {
        customer_id: customer.id,
        variant_id: phone,
        expires_at: new Date(Date.now() - DAY).toISOString(),
      })
      const [a, b] = await Promise.all([run(), run()])
      expect([...a.expired, ...b.expired].filter((e: any) => e.id === deposit.id)).toEqual([{ id: deposit.id, outcome: "kept" }])
      expect((await run()).expired.map((e: any) => e.id)).not.toContain(deposit.id)
      const after = await retrieveDeposit(api, headers, deposit.id)
      expect(after).toMatchObject({ status: "active", expiry_outcome: "kept", remaining_amount: 30, expired_at: expect.any(String) })
      const cart = await createCart(sdk, { region_id: seeded.region.id, items: [{ variant_id: phone, quantity: 1 }] })
      expect(depositLines(cart).map((l: any) => l.amount)).toEqual([30])
      await eventually(() =>
        expect(events("item_deposit.expired").filter((e) => e.data.id === deposit.id)).toEqual([
          { name: "item_deposit.expired", data: expect.objectContaining({ id: deposit.id, outcome: "kept", remaining_amount: 30, customer_id: customer.id }) },
        ])
      )
    })

    it("rule store_credit: all that is left becomes loyalty store credit, once, even with two runs racing", async () => {
      await settings({ expiry_rule: "store_credit" })
      const { customer } = await registerShopper(shop, "cree")
      const deposit = await createDeposit(api, headers, { customer_id: customer.id, variant_id: phone, units: 2 })
      await api.post(`/admin/item-deposits/${deposit.id}/top-ups`, { amount_per_unit: 5, payment_method: "cash" }, { headers })
      // Backdated by the admin: the clock moves, not the job.
      await api.post(`/admin/item-deposits/${deposit.id}`, { expires_at: new Date(Date.now() - 60_000).toISOString() }, { headers })

      const [a, b] = await Promise.all([run(), run()])
      expect([...a.expired, ...b.expired].filter((e: any) => e.id === deposit.id)).toEqual([{ id: deposit.id, outcome: "converted" }])
      const after = await retrieveDeposit(api, headers, deposit.id)
      expect(after).toMatchObject({ status: "converted", expiry_outcome: "converted", remaining_amount: 0 })
      expect(after.transactions.filter((t: any) => t.type === "conversion").map((t: any) => t.amount)).toEqual([70])

      const { data } = await api.get(`/admin/store-credit-accounts?customer_id=${customer.id}`, { headers })
      expect(data.store_credit_accounts).toHaveLength(1)
      expect(data.store_credit_accounts[0]).toMatchObject({ currency_code: "eur", balance: 70 })
      await eventually(() =>
        expect(events("item_deposit.expired").filter((e) => e.data.id === deposit.id)).toEqual([
          {
            name: "item_deposit.expired",
            data: expect.objectContaining({ outcome: "converted", remaining_amount: 70, store_credit_account_id: data.store_credit_accounts[0].id }),
          },
        ])
      )
    })

    it("rule refund_due: the deposit leaves checkout until the merchant refunds it", async () => {
      await settings({ expiry_rule: "refund_due" })
      const { sdk, customer } = await registerShopper(shop, "ruth")
      const deposit = await createDeposit(api, headers, {
        customer_id: customer.id,
        variant_id: phone,
        expires_at: new Date(Date.now() - DAY).toISOString(),
      })
      expect((await run()).expired).toEqual(expect.arrayContaining([{ id: deposit.id, outcome: "refund_due" }]))
      expect((await run()).expired.map((e: any) => e.id)).not.toContain(deposit.id)
      expect(await retrieveDeposit(api, headers, deposit.id)).toMatchObject({ status: "refund_due", remaining_amount: 30 })

      const cart = await createCart(sdk, { region_id: seeded.region.id, items: [{ variant_id: phone, quantity: 1 }] })
      expect(depositLines(cart)).toEqual([])
      const { data } = await api.get(`/admin/item-deposits?status=refund_due&customer_id=${customer.id}`, { headers })
      expect(data.item_deposits.map((d: any) => d.id)).toEqual([deposit.id])

      const refunded = await api.post(`/admin/item-deposits/${deposit.id}/refund`, { refund_method: "cash" }, { headers })
      expect(refunded.data.item_deposit).toMatchObject({ status: "refunded", remaining_amount: 0 })
      await settings({ expiry_rule: "keep" })
    })
  },
})
