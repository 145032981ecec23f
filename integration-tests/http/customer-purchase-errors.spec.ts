import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { createAdminHeaders } from "../helpers/admin"
import { createStockLocation } from "../helpers/fixtures"
import { attempt, createDraftPurchase, enablePurchasing, TEST_APP_DIR } from "./utils"

jest.setTimeout(240_000)

type Call = [method: "get" | "post" | "delete", url: string, body?: unknown]

/** Every route of the capability, with a body that would be valid. */
function everyRoute(id: string, itemId: string, attachmentId: string): Call[] {
  const base = `/admin/customer-purchases`
  return [
    ["get", `${base}`],
    ["post", `${base}`, { customer: { first_name: "A", last_name: "B" }, currency_code: "eur" }],
    ["get", `${base}/${id}`],
    ["post", `${base}/${id}`, { notes: "x" }],
    ["post", `${base}/${id}/items`, { items: [{ title: "x", unit_price: 1 }] }],
    ["post", `${base}/${id}/items/${itemId}`, { notes: "x" }],
    ["delete", `${base}/${id}/items/${itemId}`],
    ["post", `${base}/${id}/items/${itemId}/status`, { status: "testing" }],
    ["post", `${base}/${id}/items/${itemId}/stock`, {}],
    ["post", `${base}/${id}/notes`, { note: "x" }],
    ["get", `${base}/${id}/activity`],
    ["post", `${base}/${id}/attachments`, {}],
    ["get", `${base}/${id}/attachments/${attachmentId}`],
    ["post", `${base}/${id}/reveal-id`, {}],
    ["post", `${base}/${id}/payout`, { lines: [{ method_id: "cash", amount: 1 }] }],
    ["post", `${base}/${id}/cancel`, {}],
    ["get", `${base}/${id}/receipt`],
  ]
}

medusaIntegrationTestRunner({
  cwd: TEST_APP_DIR,
  inApp: true,
  testSuite: ({ api, getContainer, dbConnection }) => {
    let headers: Record<string, string>

    beforeEach(async () => {
      ;({ headers } = await createAdminHeaders(getContainer()))
    })

    const call = ([method, url, body]: Call, options: any = { headers }) =>
      attempt(method === "post" ? api.post(url, body, options) : api[method](url, options))

    /** Row counts of every table the plugin writes, to prove nothing was. */
    async function tableCounts() {
      const tables = [
        "customer_purchase",
        "customer_purchase_item",
        "customer_purchase_activity",
        "customer_purchase_attachment",
        "customer_purchase_payout",
        "customer_purchase_payout_line",
        "customer_purchase_setting",
        "store_credit_account",
        "store_credit_account_transaction",
        "customer",
      ]
      const counts: Record<string, number> = {}
      for (const table of tables) {
        const { rows } = await dbConnection.raw(`select count(*)::int as n from "${table}" where deleted_at is null`)
        counts[table] = rows[0].n
      }
      return counts
    }

    it("answers 401 on every route without an admin", async () => {
      const routes = [
        ["get", "/admin/purchase-settings"],
        ["post", "/admin/purchase-settings", { enabled: true }],
        ...everyRoute("cpur_1", "cpitem_1", "cpatt_1"),
      ] as Call[]
      for (const route of routes) {
        const res = await call(route, {})
        expect([route, res.status]).toEqual([route, 401])
      }
    })

    it("answers 403 saying how to enable purchasing while it is disabled", async () => {
      const before = await tableCounts()
      for (const route of everyRoute("cpur_1", "cpitem_1", "cpatt_1")) {
        const res = await call(route)
        expect([route, res.status]).toEqual([route, 403])
        expect(res.data.message).toContain("Purchasing from the public is disabled")
        expect(res.data.message).toContain("/admin/purchase-settings")
      }
      expect(await tableCounts()).toEqual(before)
    })

    it("answers 404 for unknown ids on every route", async () => {
      await enablePurchasing(api, headers)
      const purchase = await createDraftPurchase(api, headers)
      const item = purchase.items[0]
      const unknownPurchase = everyRoute("cpur_unknown", item.id, "cpatt_unknown").filter(
        ([, url]) => url !== "/admin/customer-purchases"
      )
      const unknownChild: Call[] = [
        ["post", `/admin/customer-purchases/${purchase.id}/items/cpitem_unknown`, { notes: "x" }],
        ["delete", `/admin/customer-purchases/${purchase.id}/items/cpitem_unknown`],
        ["post", `/admin/customer-purchases/${purchase.id}/items/cpitem_unknown/status`, { status: "testing" }],
        ["post", `/admin/customer-purchases/${purchase.id}/items/cpitem_unknown/stock`, {}],
        ["post", `/admin/customer-purchases/${purchase.id}/notes`, { note: "x", item_id: "cpitem_unknown" }],
        ["get", `/admin/customer-purchases/${purchase.id}/attachments/cpatt_unknown`],
        ["post", `/admin/customer-purchases`, { customer_id: "cus_unknown", currency_code: "eur" }],
        ["post", "/admin/purchase-settings", { default_location_id: "sloc_unknown" }],
      ]
      const form = () => {
        const f = new FormData()
        f.append("files", new Blob([Buffer.from("%PDF-1.4")], { type: "application/pdf" }), "a.pdf")
        return f
      }
      const before = await tableCounts()
      for (const route of [...unknownPurchase, ...unknownChild]) {
        const body = route[1].endsWith("/attachments") ? form() : route[2]
        const res = await call([route[0], route[1], body])
        expect([route, res.status]).toEqual([route, 404])
        expect(res.data.message).toMatch(/not found|does not exist/i)
      }
      expect(await tableCounts()).toEqual(before)
    })

    it("answers 400 naming the field for bad input, and writes nothing", async () => {
      await enablePurchasing(api, headers)
      const purchase = await createDraftPurchase(api, headers)
      const base = `/admin/customer-purchases/${purchase.id}`
      const item = purchase.items[0]

      const cases: [Call, RegExp][] = [
        [["post", "/admin/purchase-settings", { enabled: "yes" }], /enabled/],
        [["post", "/admin/purchase-settings", { stages: [{ value: "Bad Stage", label: "x" }] }], /stages/],
        [["post", "/admin/purchase-settings", { stages: [{ value: "scrapped", label: "x" }] }], /final status/],
        [["post", "/admin/purchase-settings", { payout_methods: [{ id: "a", name: "A", type: "crypto" }] }], /type/],
        [["get", "/admin/customer-purchases?status=bogus"], /status/],
        [["get", "/admin/customer-purchases?limit=many"], /limit/],
        [["post", "/admin/customer-purchases", { customer: { first_name: "A", last_name: "B" } }], /currency_code/],
        [["post", "/admin/customer-purchases", { currency_code: "eur" }], /customer_id/],
        [["post", "/admin/customer-purchases", { customer: { first_name: "A", last_name: "B" }, currency_code: "eur", items: [{ title: "x", unit_price: -1 }] }], /unit_price/],
        [["post", "/admin/customer-purchases", { customer: { first_name: "A", last_name: "B" }, currency_code: "eur", seller: { id_document: { type: "library_card", number: "1" } } }], /type/],
        [["post", base, { seller: { email: "not-an-email" } }], /email/],
        [["post", base, { id_document_number: "X" }], /id_document_number/],
        [["post", `${base}/items`, { items: [] }], /items/],
        [["post", `${base}/items`, { items: [{ title: "x", unit_price: "1,5" }] }], /unit_price/],
        [["post", `${base}/items/${item.id}`, { quantity: 0 }], /quantity/],
        [["post", `${base}/items/${item.id}`, {}], /at least one field/],
        [["post", `${base}/items/${item.id}/status`, {}], /status/],
        [["post", `${base}/items/${item.id}/stock`, { variant_id: "variant_1", product: { title: "x" } }], /variant_id/],
        [["post", `${base}/items/${item.id}/stock`, { location_id: 5 }], /location_id/],
        [["post", `${base}/notes`, { note: "" }], /note/],
        [["get", `${base}/activity?limit=abc`], /limit/],
        [["post", `${base}/reveal-id`, { reason: 5 }], /reason/],
        [["post", `${base}/payout`, { lines: [] }], /lines/],
        [["post", `${base}/payout`, { lines: [{ method_id: "cash", amount: -5 }] }], /amount/],
        [["post", `${base}/payout`, { lines: [{ method_id: "cash", amount: 10 }] }], /lines: the amounts add up to 10 but the purchase total is 155/],
        [["post", `${base}/payout`, { lines: [{ method_id: "bitcoin", amount: 155 }] }], /lines\[0\]\.method_id/],
        [["post", `${base}/payout`, { lines: [{ method_id: "cheque", amount: 155 }] }], /not an enabled payout method/],
        [["post", `${base}/cancel`, { reason: 5 }], /reason/],
        [["post", `${base}/attachments`, {}], /files/],
      ]
      const before = await tableCounts()
      for (const [route, message] of cases) {
        const res = await call(route)
        expect([route, res.status]).toEqual([route, 400])
        expect([route, res.data.message]).toEqual([route, expect.stringMatching(message)])
      }

      const textFile = new FormData()
      textFile.append("files", new Blob(["hello"], { type: "text/plain" }), "notes.txt")
      const wrongType = await call(["post", `${base}/attachments`, textFile])
      expect(wrongType.status).toBe(400)
      expect(wrongType.data.message).toMatch(/files: "notes.txt" is text\/plain/)

      const big = new FormData()
      big.append("files", new Blob([Buffer.alloc(11 * 1024 * 1024)], { type: "image/jpeg" }), "huge.jpg")
      const tooBig = await call(["post", `${base}/attachments`, big])
      expect(tooBig.status).toBe(400)
      expect(tooBig.data.message).toMatch(/files: each file must be at most 10 MB/)

      expect(await tableCounts()).toEqual(before)
    })

    it("answers 409 on state conflicts, and writes nothing", async () => {
      const location = await createStockLocation(getContainer())
      await enablePurchasing(api, headers, { default_location_id: location.id })

      const cancelled = await createDraftPurchase(api, headers)
      await api.post(`/admin/customer-purchases/${cancelled.id}/cancel`, {}, { headers })

      const paid = await createDraftPurchase(api, headers)
      await api.post(
        `/admin/customer-purchases/${paid.id}/payout`,
        { lines: [{ method_id: "cash", amount: 155 }] },
        { headers }
      )
      const [phone, cable] = paid.items
      await api.post(`/admin/customer-purchases/${paid.id}/items/${cable.id}/status`, { status: "scrapped" }, { headers })

      const draft = await createDraftPurchase(api, headers)

      const cases: [Call, RegExp][] = [
        [["post", `/admin/customer-purchases/${cancelled.id}/payout`, { lines: [{ method_id: "cash", amount: 155 }] }], /cancelled and cannot be paid out/],
        [["post", `/admin/customer-purchases/${paid.id}/payout`, { lines: [{ method_id: "cash", amount: 155 }] }], /already been paid out/],
        [["post", `/admin/customer-purchases/${paid.id}/items/${phone.id}`, { unit_price: 999 }], /unit_price: the seller has already been paid/],
        [["post", `/admin/customer-purchases/${paid.id}/items`, { items: [{ title: "x", unit_price: 1 }] }], /can no longer have items added/],
        [["delete", `/admin/customer-purchases/${paid.id}/items/${phone.id}`], /can no longer have items removed/],
        [["post", `/admin/customer-purchases/${paid.id}/items/${cable.id}/stock`, {}], /scrapped and cannot be stocked/],
        [["post", `/admin/customer-purchases/${paid.id}/items/${cable.id}/status`, { status: "testing" }], /already scrapped/],
        [["post", `/admin/customer-purchases/${paid.id}/items/${phone.id}/status`, { status: "polishing" }], /"polishing" is not a refurbishment stage/],
        [["post", `/admin/customer-purchases/${paid.id}/items/${phone.id}/status`, { status: "stocked" }], /by stocking it/],
        [["post", `/admin/customer-purchases/${paid.id}/cancel`, {}], /only a purchase that has not been paid out can be cancelled/],
        [["post", `/admin/customer-purchases/${cancelled.id}/cancel`, {}], /cancelled/],
        [["post", `/admin/customer-purchases/${cancelled.id}`, { notes: "x" }], /cancelled and can no longer be edited/],
        [["post", `/admin/customer-purchases/${draft.id}/items/${draft.items[0].id}/stock`, {}], /not been paid out yet/],
        [["post", `/admin/customer-purchases/${draft.id}/items/${draft.items[0].id}/status`, { status: "scrapped" }], /only after the seller has been paid out/],
        [["post", "/admin/purchase-settings", { stages: [{ value: "testing", label: "Testing" }] }], /Stage "received" cannot be removed/],
      ]
      const before = await tableCounts()
      for (const [route, message] of cases) {
        const res = await call(route)
        expect([route, res.status]).toEqual([route, 409])
        expect([route, res.data.message]).toEqual([route, expect.stringMatching(message)])
      }
      expect(await tableCounts()).toEqual(before)

      const unknownLocation = await call([
        "post",
        `/admin/customer-purchases/${paid.id}/items/${phone.id}/stock`,
        { location_id: "sloc_unknown", product: { title: "Phone" } },
      ])
      expect(unknownLocation.status).toBe(404)
      expect(unknownLocation.data.message).toContain("sloc_unknown")
      expect(await tableCounts()).toEqual(before)
    })

    it("keeps the activity log append-only, even for direct SQL", async () => {
      await enablePurchasing(api, headers)
      const purchase = await createDraftPurchase(api, headers)
      await expect(
        dbConnection.raw(`update customer_purchase_activity set note = 'rewritten' where purchase_id = ?`, [purchase.id])
      ).rejects.toThrow(/append-only/)
      await expect(
        dbConnection.raw(`delete from customer_purchase_activity where purchase_id = ?`, [purchase.id])
      ).rejects.toThrow(/append-only/)
      for (const method of ["post", "delete"] as const) {
        const res = await call([method, `/admin/customer-purchases/${purchase.id}/activity`, {}])
        expect(res.status).toBe(404)
      }
    })
  },
})
