/**
 * Hostile input is a 400 that names the field, never a 5xx, and writes
 * nothing: NUL bytes (PostgreSQL refuses them), int4 overflows, absurd dates,
 * booleans for dates, deep metadata, unbounded text, money with too many
 * decimals or too large, bad list parameters, long upload names, and a
 * purchase item naming a variant that does not exist.
 */
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { createAdminHeaders } from "../helpers/admin"
import { createPhoneProduct } from "../helpers/fixtures"
import { attempt, createDraftPurchase, enablePurchasing, TEST_APP_DIR } from "./utils"

jest.setTimeout(240_000)

const nest = (depth: number) => JSON.parse(deepJson(depth))
/** A JSON text nested `depth` levels deep (JSON.stringify itself overflows the test's stack). */
const deepJson = (depth: number) => `${'{"a":'.repeat(depth)}{"leaf":true}${"}".repeat(depth)}`
/** A body as JSON text with `metadata` nested 5,000 levels deep. */
const withDeepMetadata = (body: Record<string, unknown>) =>
  JSON.stringify(body).replace(/}$/, `${Object.keys(body).length ? "," : ""}"metadata":${deepJson(5000)}}`)
const LONG = "x".repeat(10_000)

type Case = [label: string, method: "get" | "post" | "delete", url: string, body: unknown, field: RegExp]

medusaIntegrationTestRunner({
  cwd: TEST_APP_DIR,
  inApp: true,
  testSuite: ({ api, getContainer, dbConnection }) => {
    let headers: Record<string, string>

    beforeEach(async () => {
      ;({ headers } = await createAdminHeaders(getContainer()))
    })

    const TABLES = [
      "customer_purchase",
      "customer_purchase_item",
      "customer_purchase_activity",
      "customer_purchase_attachment",
      "customer_purchase_payout",
      "customer_purchase_setting",
      "item_deposit",
      "item_deposit_transaction",
      "store_credit_account_transaction",
      "customer",
    ]
    const snapshot = async () => {
      const counts: Record<string, unknown> = {}
      for (const table of TABLES) {
        counts[table] = (await dbConnection.raw(`select count(*)::int as n from "${table}"`)).rows[0].n
      }
      counts.purchases = (await dbConnection.raw(`select id, status, notes, metadata from customer_purchase order by id`)).rows
      counts.items = (await dbConnection.raw(`select id, title, quantity, unit_price, variant_id from customer_purchase_item order by id`)).rows
      counts.deposits = (await dbConnection.raw(`select id, status, notes, expected_at from item_deposit order by id`)).rows
      return counts
    }

    // Bodies go pre-serialised: axios deep-merges objects and a 5,000-deep one overflows its stack.
    const send = ([, method, url, body]: Case) =>
      attempt(
        method === "post"
          ? api.post(url, typeof body === "string" ? body : JSON.stringify(body), { headers: { ...headers, "content-type": "application/json" } })
          : api[method](url, { headers })
      )

    it("answers 400 naming the field for every kind of hostile value, and writes nothing", async () => {
      const container = getContainer()
      await enablePurchasing(api, headers)
      const purchase = await createDraftPurchase(api, headers)
      const item = purchase.items[0]
      const { variant } = await createPhoneProduct(container)
      const customer = await container.resolve(Modules.CUSTOMER).createCustomers({ first_name: "W", last_name: "I" })
      const { data } = await api.post(
        "/admin/item-deposits",
        { customer_id: customer.id, variant_id: variant.id, currency_code: "eur", amount_per_unit: 30, payment_method: "cash" },
        { headers }
      )
      const deposit = data.item_deposit
      const P = `/admin/customer-purchases`
      const D = `/admin/item-deposits`
      const newPurchase = (extra: Record<string, unknown>) => ({
        customer: { first_name: "A", last_name: "B" },
        currency_code: "eur",
        ...extra,
      })
      const newDeposit = (extra: Record<string, unknown>) => ({
        customer_id: customer.id,
        variant_id: variant.id,
        currency_code: "eur",
        amount_per_unit: 30,
        payment_method: "cash",
        ...extra,
      })
      const anItem = (extra: Record<string, unknown>) => ({ items: [{ title: "Phone", unit_price: 10, ...extra }] })

      const cases: Case[] = [
        // NUL bytes: in a text field, a nested field, metadata, a path id, a query value.
        ["NUL in notes", "post", `${P}/${purchase.id}`, { notes: "a\u0000b" }, /notes/],
        ["NUL in seller name", "post", P, newPurchase({ seller: { first_name: "S\u0000" } }), /seller\.first_name/],
        ["NUL in customer name", "post", P, newPurchase({ customer: { first_name: "\u0000", last_name: "B" } }), /customer\.first_name/],
        ["NUL in metadata", "post", `${P}/${purchase.id}`, { metadata: { k: "v\u0000" } }, /metadata/],
        ["NUL in item title", "post", `${P}/${purchase.id}/items`, anItem({ title: "T\u0000" }), /items\[0\]\.title/],
        ["NUL in a note", "post", `${P}/${purchase.id}/notes`, { note: "\u0000" }, /note/],
        ["NUL in a deposit reference", "post", D, newDeposit({ payment_reference: "r\u0000" }), /payment_reference/],
        ["NUL in a convert reason", "post", `${D}/${deposit.id}/convert`, { reason: "\u0000" }, /reason/],
        ["NUL in a settings label", "post", "/admin/purchase-settings", { stages: [{ value: "received", label: "R\u0000" }] }, /stages\[0\]\.label/],
        ["NUL in a path id", "get", `${P}/cpur_%00`, undefined, /id: must not contain a NUL/],
        ["NUL in an item path id", "post", `${P}/${purchase.id}/items/cpitem_%00`, { notes: "x" }, /item_id: must not contain a NUL/],
        ["NUL in a deposit path id", "post", `${D}/idep_%00/cancel`, {}, /id: must not contain a NUL/],
        ["NUL in q", "get", `${P}?q=%00`, undefined, /q: must not contain/],
        ["NUL in a filter", "get", `${D}?customer_id=cus_%00`, undefined, /customer_id/],
        ["NUL in fields", "get", `${P}/${purchase.id}?fields=id%00`, undefined, /fields/],
        // Integer overflow.
        ["quantity 2^31", "post", `${P}/${purchase.id}/items`, anItem({ quantity: 2 ** 31 }), /quantity/],
        ["quantity edit 2^31", "post", `${P}/${purchase.id}/items/${item.id}`, { quantity: 2 ** 31 }, /quantity/],
        ["units 2^31", "post", D, newDeposit({ units: 2 ** 31 }), /units/],
        // Deep metadata.
        ["metadata 5,000 deep", "post", `${P}/${purchase.id}`, withDeepMetadata({}), /metadata: must be nested at most 10/],
        ["deposit metadata 5,000 deep", "post", D, withDeepMetadata(newDeposit({})), /metadata: must be nested/],
        // Dates.
        ["year 99999", "post", D, newDeposit({ expected_at: "99999-01-01" }), /expected_at: must be a date/],
        ["year 0000", "post", `${D}/${deposit.id}`, { expected_at: "0000-01-01" }, /expected_at: must be between the years/],
        ["boolean date", "post", D, newDeposit({ expected_at: true }), /expected_at/],
        ["ID expiry 99999", "post", `${P}/${purchase.id}`, { seller: { id_document: { type: "passport", number: "X1", expires_at: "99999-01-01" } } }, /seller\.id_document\.expires_at/],
        // List parameters.
        ["limit -1", "get", `${P}?limit=-1`, undefined, /limit/],
        ["offset -1", "get", `${D}?offset=-1`, undefined, /offset/],
        ["order ;DROP", "get", `${P}?order=;DROP`, undefined, /order: must be one of/],
        ["deposits order ;DROP", "get", `${D}?order=;DROP%20TABLE%20item_deposit`, undefined, /order/],
        ["created_at notadate", "get", `${P}?created_at[$gte]=notadate`, undefined, /created_at.*\$gte: must be a date/],
        ["deposit created_at notadate", "get", `${D}?created_at[$lte]=notadate`, undefined, /created_at.*\$lte/],
        ["activity limit -1", "get", `${P}/${purchase.id}/activity?limit=-1`, undefined, /limit/],
        // Money.
        ["unit price 1e20", "post", `${P}/${purchase.id}/items`, anItem({ unit_price: 1e20 }), /unit_price: must be at most/],
        ["unit price 1e-30", "post", `${P}/${purchase.id}/items`, anItem({ unit_price: 1e-30 }), /unit_price: must have at most 3 decimal/],
        ["deposit 1e-25 as a string", "post", D, newDeposit({ amount_per_unit: "0.0000000000000000000000001" }), /amount_per_unit: must have at most 3 decimal/],
        ["deposit 1e20", "post", D, newDeposit({ amount_per_unit: 1e20 }), /amount_per_unit: must be at most/],
        ["payout 1e20", "post", `${P}/${purchase.id}/payout`, { lines: [{ method_id: "cash", amount: 1e20 }] }, /lines\[0\]\.amount/],
        ["payout 1e-30", "post", `${P}/${purchase.id}/payout`, { lines: [{ method_id: "cash", amount: "0.0000000000000000000000001" }] }, /lines\[0\]\.amount/],
        ["refurbishment 1e20", "post", `${P}/${purchase.id}/items/${item.id}`, { refurbishment_cost: 1e20 }, /refurbishment_cost/],
        // 10,000-character text.
        ["long seller name", "post", P, newPurchase({ seller: { last_name: LONG } }), /seller, last_name|seller\.last_name/],
        ["long email", "post", P, newPurchase({ customer: { first_name: "A", last_name: "B", email: `${LONG}@example.com` } }), /email/],
        ["long serial", "post", `${P}/${purchase.id}/items`, anItem({ serial_number: LONG }), /serial_number/],
        ["long reference", "post", D, newDeposit({ payment_reference: LONG }), /payment_reference/],
        ["long notes", "post", `${D}/${deposit.id}`, { notes: LONG }, /notes/],
        ["long q", "get", `${P}?q=${LONG}`, undefined, /q/],
        ["long path id", "get", `${P}/${"c".repeat(300)}`, undefined, /id: must be at most 100/],
        ["long payment method", "post", D, newDeposit({ payment_method: LONG }), /payment_method/],
        ["long store name", "post", "/admin/purchase-settings", { receipt_template: { store_name: LONG } }, /store_name/],
        // A variant that does not exist.
        ["unknown variant on create", "post", P, newPurchase({ items: [{ title: "T", unit_price: 1, variant_id: "variant_nope" }] }), /items\[0\]\.variant_id: product variant variant_nope does not exist/],
        ["unknown variant on add", "post", `${P}/${purchase.id}/items`, anItem({ variant_id: "variant_nope" }), /items\[0\]\.variant_id/],
        ["unknown variant on edit", "post", `${P}/${purchase.id}/items/${item.id}`, { variant_id: "variant_nope" }, /variant_id: product variant variant_nope does not exist/],
      ]

      const before = await snapshot()
      const failures: string[] = []
      for (const testCase of cases) {
        const res = await send(testCase)
        const message = String(res.data?.message ?? "")
        if (res.status !== 400 || !testCase[4].test(message)) {
          failures.push(`${testCase[0]}: ${res.status} ${message.slice(0, 200)}`)
        }
      }
      expect(failures).toEqual([])
      expect(await snapshot()).toEqual(before)
    })

    it("refuses an upload whose file name is 300 characters", async () => {
      await enablePurchasing(api, headers)
      const purchase = await createDraftPurchase(api, headers)
      const before = await snapshot()
      const form = new FormData()
      form.append("files", new Blob([Buffer.from("%PDF-1.4\n%%EOF")], { type: "application/pdf" }), `${"n".repeat(296)}.pdf`)
      const res = await attempt(
        api.post(`/admin/customer-purchases/${purchase.id}/attachments?kind=id_document`, form, { headers })
      )
      expect(res.status).toBe(400)
      expect(res.data.message).toMatch(/files: a file name must be at most 255 characters/)
      expect(await snapshot()).toEqual(before)
    })

    it("still takes ordinary values at the limits", async () => {
      await enablePurchasing(api, headers)
      const purchase = await createDraftPurchase(api, headers)
      const res = await api.post(
        `/admin/customer-purchases/${purchase.id}/items`,
        JSON.stringify({
          items: [
            { title: "t".repeat(255), unit_price: "1000000000000", quantity: 100_000, serial_number: "s".repeat(255), notes: "n".repeat(5000), metadata: nest(8) },
            { title: "Cable", unit_price: "0.001" },
          ],
        }),
        { headers: { ...headers, "content-type": "application/json" } }
      )
      expect(res.status).toBe(200)
      const added = res.data.customer_purchase.items.filter((i: any) => i.title.startsWith("ttt") || i.title === "Cable")
      expect(added.map((i: any) => i.unit_price).sort()).toEqual([0.001, 1_000_000_000_000].sort())
      const list = await api.get("/admin/customer-purchases?limit=1000&offset=0&order=-created_at&created_at[$gte]=2000-01-01", { headers })
      expect(list.data.count).toBe(1)
    })
  },
})
