import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { createAdminHeaders } from "../helpers/admin"
import { createPhoneProduct, eventually } from "../helpers/fixtures"
import { testHooks } from "../helpers/test-hooks"
import { pdfText } from "../helpers/pdf"
import { attempt, TEST_APP_DIR } from "./utils"

jest.setTimeout(240_000)

medusaIntegrationTestRunner({
  cwd: TEST_APP_DIR,
  inApp: true,
  testSuite: ({ api, getContainer, dbConnection }) => {
    let headers: Record<string, string>
    let variant: { id: string }
    let customer: { id: string }

    beforeEach(async () => {
      const container = getContainer()
      ;({ headers } = await createAdminHeaders(container))
      ;({ variant } = await createPhoneProduct(container))
      customer = await container.resolve(Modules.CUSTOMER).createCustomers({
        first_name: "Walk",
        last_name: "In",
        email: "walk-in@example.com",
      })
      testHooks().events.length = 0
    })

    const createDeposit = async (body: Record<string, unknown> = {}) =>
      (
        await api.post(
          "/admin/item-deposits",
          {
            customer_id: customer.id,
            variant_id: variant.id,
            currency_code: "eur",
            amount_per_unit: 25,
            units: 2,
            payment_method: "card",
            payment_reference: "terminal 4711",
            ...body,
          },
          { headers }
        )
      ).data.item_deposit

    async function storeCreditOf(customerId: string) {
      const { data } = await api.get(`/admin/store-credit-accounts?customer_id=${customerId}`, { headers })
      const account = data.store_credit_accounts[0]
      if (!account) {
        return { balance: 0, transactions: [] as any[] }
      }
      const detail = await api.get(`/admin/store-credit-accounts/${account.id}`, { headers })
      const tx = await api.get(`/admin/store-credit-accounts/${account.id}/transactions`, { headers })
      return { balance: detail.data.store_credit_account.balance, transactions: tx.data.transactions }
    }

    it("records a deposit with its payment as the first ledger entry, and lists special orders", async () => {
      const deposit = await createDeposit({
        special_order: true,
        special_order_note: "Order from supplier X",
        expected_at: "2027-01-15T00:00:00.000Z",
      })
      expect(deposit).toMatchObject({
        status: "active",
        currency_code: "eur",
        amount_per_unit: 25,
        units: 2,
        total_amount: 50,
        remaining_amount: 50,
        remaining_units: 2,
        special_order: true,
        payment_method: "card",
        payment_reference: "terminal 4711",
        customer: { id: customer.id, email: "walk-in@example.com" },
        product_variant: { id: variant.id, product: { title: "Refurbished phone" } },
      })
      expect(deposit.number).toMatch(/^D-\d{4,}$/)
      expect(deposit.claim_code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/)
      expect(deposit.transactions).toEqual([
        expect.objectContaining({ type: "payment", amount: 50, reference: "terminal 4711" }),
      ])

      await createDeposit({ units: 1 })
      const list = async (qs: string) => (await api.get(`/admin/item-deposits?${qs}`, { headers })).data
      expect((await list("")).count).toBe(2)
      expect((await list("special_order=true")).item_deposits.map((d: any) => d.id)).toEqual([deposit.id])
      expect((await list(`customer_id=${customer.id}&variant_id=${variant.id}&status=active`)).count).toBe(2)
      expect((await list("status=converted")).count).toBe(0)

      const updated = await api.post(
        `/admin/item-deposits/${deposit.id}`,
        { special_order: false, notes: "Arrived" },
        { headers }
      )
      expect(updated.data.item_deposit).toMatchObject({ special_order: false, notes: "Arrived" })
      await eventually(() =>
        expect(testHooks().events.filter((e) => e.name === "item_deposit.created")).toHaveLength(2)
      )

      const narrow = await api.get(`/admin/item-deposits/${deposit.id}?fields=expected_at`, { headers })
      expect(narrow.data.item_deposit).toMatchObject({ number: deposit.number, total_amount: 50, remaining_units: 2 })

      const slip = await api.get(`/admin/item-deposits/${deposit.id}/slip`, { headers, responseType: "arraybuffer" })
      expect(slip.headers["content-type"]).toBe("application/pdf")
      const text = await pdfText(Buffer.from(slip.data))
      expect(text).toContain(deposit.number)
      expect(text).toContain(deposit.claim_code)
      expect(text).toContain("Refurbished phone")
      expect(text).toContain("€50.00")
    })

    it("converts exactly the remaining amount into store credit, once, under concurrent requests", async () => {
      const deposit = await createDeposit()
      const responses = await Promise.all(
        Array.from({ length: 8 }, () =>
          attempt(
            api.post(`/admin/item-deposits/${deposit.id}/convert`, { reason: "Supplier discontinued it" }, { headers })
          )
        )
      )
      expect(responses.map((r) => r.status).sort()).toEqual([200, ...Array(7).fill(409)])
      const converted = responses.find((r) => r.status === 200).data.item_deposit
      expect(converted).toMatchObject({ status: "converted", remaining_amount: 0 })
      expect(converted.transactions.map((t: any) => [t.type, t.amount, t.note])).toEqual(
        expect.arrayContaining([
          ["payment", 50, "card"],
          ["conversion", 50, "Supplier discontinued it"],
        ])
      )
      const credit = await storeCreditOf(customer.id)
      expect(credit.balance).toBe(50)
      expect(credit.transactions).toEqual([
        expect.objectContaining({ type: "credit", amount: 50, reference: "item_deposit", reference_id: deposit.id }),
      ])
      await eventually(() =>
        expect(testHooks().events.filter((e) => e.name === "item_deposit.converted")).toEqual([
          { name: "item_deposit.converted", data: expect.objectContaining({ id: deposit.id, amount: 50 }) },
        ])
      )
    })

    it("refunds and cancels what is left, and refuses to close a closed deposit", async () => {
      const refunded = await createDeposit()
      const cancelled = await createDeposit()
      const r = await api.post(
        `/admin/item-deposits/${refunded.id}/refund`,
        { refund_method: "cash", reason: "Customer changed their mind" },
        { headers }
      )
      expect(r.data.item_deposit).toMatchObject({ status: "refunded", remaining_amount: 0 })
      expect(r.data.item_deposit.transactions.find((t: any) => t.type === "refund")).toMatchObject({
        amount: 50,
        reference: "cash",
      })
      const c = await api.post(`/admin/item-deposits/${cancelled.id}/cancel`, {}, { headers })
      expect(c.data.item_deposit.status).toBe("cancelled")

      for (const [url, body] of [
        [`/admin/item-deposits/${refunded.id}/convert`, { reason: "x" }],
        [`/admin/item-deposits/${refunded.id}/cancel`, {}],
        [`/admin/item-deposits/${cancelled.id}/refund`, { refund_method: "cash" }],
        [`/admin/item-deposits/${cancelled.id}`, { notes: "x" }],
      ] as const) {
        const res = await attempt(api.post(url, body, { headers }))
        expect([url, res.status]).toEqual([url, 409])
        expect(res.data.message).toMatch(/^Deposit D-\d+ is (refunded|cancelled)/)
      }
      expect((await storeCreditOf(customer.id)).balance).toBe(0)
      await eventually(() => {
        const names = testHooks().events.map((e) => e.name)
        expect(names.filter((n) => n === "item_deposit.refunded")).toHaveLength(1)
        expect(names.filter((n) => n === "item_deposit.cancelled")).toHaveLength(1)
      })
    })

    it("rejects bad input with the field named, unknown ids with 404, and writes nothing", async () => {
      const deposit = await createDeposit()
      const counts = async () => {
        const { rows } = await dbConnection.raw(
          `select (select count(*)::int from item_deposit) as deposits,
                  (select count(*)::int from item_deposit_transaction) as entries,
                  (select count(*)::int from store_credit_account_transaction) as credits`
        )
        return rows[0]
      }
      const before = await counts()
      const base = { customer_id: customer.id, variant_id: variant.id, currency_code: "eur", amount_per_unit: 10, payment_method: "cash" }
      const cases: [string, unknown, number, RegExp][] = [
        ["/admin/item-deposits", { ...base, amount_per_unit: 0 }, 400, /amount_per_unit/],
        ["/admin/item-deposits", { ...base, amount_per_unit: "-3" }, 400, /amount_per_unit/],
        ["/admin/item-deposits", { ...base, units: 1.5 }, 400, /units/],
        ["/admin/item-deposits", { ...base, currency_code: "euro" }, 400, /currency_code/],
        ["/admin/item-deposits", { ...base, payment_method: undefined }, 400, /payment_method/],
        ["/admin/item-deposits", { ...base, expected_at: "someday" }, 400, /expected_at/],
        ["/admin/item-deposits", { ...base, status: "consumed" }, 400, /status/],
        ["/admin/item-deposits", { ...base, customer_id: "cus_unknown" }, 404, /cus_unknown/],
        ["/admin/item-deposits", { ...base, variant_id: "variant_unknown" }, 404, /variant_unknown/],
        [`/admin/item-deposits/${deposit.id}`, { units: 5 }, 400, /units/],
        [`/admin/item-deposits/${deposit.id}/convert`, {}, 400, /reason/],
        [`/admin/item-deposits/${deposit.id}/refund`, {}, 400, /refund_method/],
        ["/admin/item-deposits/idep_unknown/convert", { reason: "x" }, 404, /idep_unknown/],
        ["/admin/item-deposits/idep_unknown/cancel", {}, 404, /idep_unknown/],
        ["/admin/item-deposits/idep_unknown", { notes: "x" }, 404, /idep_unknown/],
      ]
      for (const [url, body, status, message] of cases) {
        const res = await attempt(api.post(url, body, { headers }))
        expect([url, body, res.status]).toEqual([url, body, status])
        expect([url, res.data.message]).toEqual([url, expect.stringMatching(message)])
      }
      expect((await attempt(api.get("/admin/item-deposits/idep_unknown", { headers }))).status).toBe(404)
      expect((await attempt(api.get("/admin/item-deposits?status=lost", { headers }))).status).toBe(400)
      expect(await counts()).toEqual(before)

      for (const [method, url] of [
        ["get", "/admin/item-deposits"],
        ["post", "/admin/item-deposits"],
        ["get", `/admin/item-deposits/${deposit.id}`],
        ["post", `/admin/item-deposits/${deposit.id}`],
        ["post", `/admin/item-deposits/${deposit.id}/convert`],
        ["post", `/admin/item-deposits/${deposit.id}/refund`],
        ["post", `/admin/item-deposits/${deposit.id}/cancel`],
        ["get", `/admin/item-deposits/${deposit.id}/slip`],
      ] as const) {
        const res = await attempt(method === "get" ? api.get(url) : api.post(url, {}))
        expect([url, res.status]).toEqual([url, 401])
      }
    })

    it("keeps the ledger append-only, even for direct SQL", async () => {
      const deposit = await createDeposit()
      await expect(
        dbConnection.raw(`update item_deposit_transaction set amount = 1 where deposit_id = ?`, [deposit.id])
      ).rejects.toThrow(/append-only/)
      await expect(
        dbConnection.raw(`delete from item_deposit_transaction where deposit_id = ?`, [deposit.id])
      ).rejects.toThrow(/append-only/)
    })
  },
})
