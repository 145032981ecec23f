/**
 * The police / regulator export (issue 10): CSV columns for a known
 * purchase, the Florida preset, the range, and the reveal log entry for the
 * full ID numbers it carries.
 */
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { createAdminHeaders } from "../helpers/admin"
import { attempt, createDraftPurchase, enablePurchasing, TEST_APP_DIR } from "./utils"

jest.setTimeout(240_000)

/** Splits a CSV body (RFC 4180 quoting) into rows of cells. */
function parseCsv(text: string) {
  const rows: string[][] = []
  let row: string[] = []
  let cell = ""
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { cell += '"'; i++ }
      else if (c === '"') quoted = false
      else cell += c
    } else if (c === '"') quoted = true
    else if (c === ",") { row.push(cell); cell = "" }
    else if (c === "\r" && text[i + 1] === "\n") { row.push(cell); rows.push(row); row = []; cell = ""; i++ }
    else cell += c
  }
  return rows
}

medusaIntegrationTestRunner({
  cwd: TEST_APP_DIR,
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let headers: Record<string, string>

    beforeEach(async () => {
      ;({ headers } = await createAdminHeaders(getContainer()))
      await enablePurchasing(api, headers)
    })

    /** A paid purchase, with `paid_on`: the UTC day it was paid (the export's transaction date). */
    const buy = async (overrides: Record<string, unknown> = {}) => {
      const purchase = await createDraftPurchase(api, headers, overrides)
      const { data } = await api.post(
        `/admin/customer-purchases/${purchase.id}/payout`,
        { lines: [{ method_id: "cash", amount: 55 }, { method_id: "bank_transfer", amount: Number(purchase.total) - 55 }] },
        { headers }
      )
      return { ...purchase, paid_on: new Date(data.customer_purchase.paid_at).toISOString().slice(0, 10) as string }
    }

    it("exports the regulator's columns for a known purchase, logs the reveal, leaves drafts out", async () => {
      const purchase = await buy({
        seller: {
          first_name: "Sam",
          last_name: "O'Seller, Jr",
          phone: "+44 7700 900123",
          address: { address_1: "1 High Street", city: "Leeds", postal_code: "LS1 1AA", country_code: "gb" },
          date_of_birth: "1980-01-17",
          id_document: { type: "driving_licence", number: "SELLE801017SS9AB", expires_at: "2030-01-01" },
        },
        items: [
          { title: "iPhone 12", serial_number: "356938035643809", condition: "good", unit_price: 150 },
          { title: "=HYPERLINK(\"x\")", quantity: 2, unit_price: "2.50" },
        ],
      })
      await createDraftPurchase(api, headers) // a draft: not a transaction yet

      // The paid day, not "today": a run across midnight UTC would differ.
      const today = purchase.paid_on
      const res = await api.get(`/admin/customer-purchases/export?from=${today}&to=${today}&format=csv`, { headers })
      expect(res.status).toBe(200)
      expect(res.headers["content-type"]).toMatch(/^text\/csv/)
      expect(res.headers["content-disposition"]).toMatch(/^attachment; filename="purchases-standard-/)
      expect(res.headers["cache-control"]).toMatch(/no-store/)

      const [header, ...rows] = parseCsv(res.data)
      expect(header).toEqual([
        "transaction_number", "transaction_date", "seller_first_name", "seller_last_name", "seller_address",
        "seller_phone", "seller_date_of_birth", "id_type", "id_number", "id_expiry", "item_description",
        "item_condition", "serial_number", "quantity", "unit_price", "price_paid", "currency", "payment_method",
      ])
      expect(rows).toHaveLength(2)
      const record = (row: string[]) => Object.fromEntries(header.map((h, i) => [h, row[i]]))
      const phone = record(rows.find((r) => r.includes("iPhone 12"))!)
      expect(phone).toMatchObject({
        transaction_number: purchase.number,
        seller_first_name: "Sam",
        seller_last_name: "O'Seller, Jr",
        seller_address: "1 High Street, Leeds, LS1 1AA, gb",
        seller_phone: "+44 7700 900123",
        seller_date_of_birth: "1980-01-17",
        id_type: "driving_licence",
        id_number: "SELLE801017SS9AB",
        id_expiry: "2030-01-01",
        item_condition: "good",
        serial_number: "356938035643809",
        quantity: "1",
        unit_price: "150.00",
        price_paid: "150.00",
        currency: "EUR",
        payment_method: "Cash; Bank transfer",
      })
      expect(phone.transaction_date.slice(0, 10)).toBe(today)
      // A formula typed as an item title is neutralised for spreadsheets.
      const cable = record(rows.find((r) => !r.includes("iPhone 12"))!)
      expect(cable).toMatchObject({ item_description: "'=HYPERLINK(\"x\")", quantity: "2", price_paid: "5.00" })

      const { data: log } = await api.get(`/admin/customer-purchases/${purchase.id}/activity`, { headers })
      expect(log.activity.find((a: any) => a.type === "id_revealed")).toMatchObject({ note: "Included in a regulator export" })
    })

    it("the Florida preset, an empty range and bad input", async () => {
      const purchase = await buy()
      const { data: csv } = await api.get("/admin/customer-purchases/export?preset=florida", { headers })
      const [header, first] = parseCsv(csv)
      expect(header).toEqual([
        "Transaction Number", "Transaction Date", "Seller Name", "Seller Address", "Date of Birth", "ID Type",
        "ID Number", "ID Expiration", "Item Description", "Serial Number", "Quantity", "Amount Paid", "Method of Payment",
      ])
      expect(first.slice(0, 3)).toEqual([purchase.number, purchase.paid_on, "Seller, Sam"])

      const { data: none } = await api.get("/admin/customer-purchases/export?from=2000-01-01&to=2000-12-31", { headers })
      expect(parseCsv(none)).toHaveLength(1)

      const bad = await attempt(api.get("/admin/customer-purchases/export?from=yesterday", { headers }))
      expect(bad.status).toBe(400)
      expect(bad.data.message).toMatch(/from/)
      const backwards = await attempt(api.get("/admin/customer-purchases/export?from=2026-02-01&to=2026-01-01", { headers }))
      expect(backwards.status).toBe(400)
      expect(backwards.data.message).toMatch(/to: must not be before from/)
      const format = await attempt(api.get("/admin/customer-purchases/export?format=xlsx", { headers }))
      expect(format.status).toBe(400)

      // The purchase route itself is untouched by the export's path.
      expect((await api.get(`/admin/customer-purchases/${purchase.id}`, { headers })).status).toBe(200)
    })

    it("stores the full ID number sealed (AES-256-GCM); reveal and export open it; only the last four are kept in clear", async () => {
      const purchase = await buy()
      const service = getContainer().resolve("customer_purchase")
      const [stored] = await service.listCustomerPurchases({ id: purchase.id }, { select: ["id_document_number", "id_document_last4"] })
      expect(stored.id_document_number).toMatch(/^enc:v1:[0-9a-f]{8}:/)
      expect(stored.id_document_number).not.toContain("SELLE801017")
      expect(stored.id_document_last4).toBe("S9AB")

      const { data: revealed } = await api.post(`/admin/customer-purchases/${purchase.id}/reveal-id`, { reason: "police request" }, { headers })
      expect(revealed.id_document.id_document_number).toBe("SELLE801017SS9AB")

      // Editing the number seals the new one.
      await api.post(
        `/admin/customer-purchases/${purchase.id}`,
        { seller: { id_document: { type: "passport", number: "P7654321" } } },
        { headers }
      )
      const [edited] = await service.listCustomerPurchases({ id: purchase.id }, { select: ["id_document_number"] })
      expect(edited.id_document_number).toMatch(/^enc:v1:/)
      const { data: again } = await api.post(`/admin/customer-purchases/${purchase.id}/reveal-id`, {}, { headers })
      expect(again.id_document.id_document_number).toBe("P7654321")
    })

    it("streams batch by batch, in paid order, across batch edges", async () => {
      const { streamPurchaseExport } = require("../../.medusa/server/src/workflows/compliance/utils/stream-purchase-export")
      const bought = [await buy(), await buy(), await buy(), await buy(), await buy()]
      const chunks: string[] = []
      const counts = await streamPurchaseExport(getContainer(), { preset: "standard", batch_size: 2 }, async (chunk: string) => {
        chunks.push(chunk)
      })
      // Header, then batches of 2, 2 and 1 purchases (2 items each).
      expect(counts).toEqual({ purchases: 5, rows: 10 })
      expect(chunks).toHaveLength(4)
      const numbers = parseCsv(chunks.join("")).slice(1).map((r) => r[0])
      expect([...new Set(numbers)]).toEqual(bought.map((p) => p.number))
    })
  },
})
