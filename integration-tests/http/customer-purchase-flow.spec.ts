import fs from "fs"
import path from "path"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { createAdminHeaders } from "../helpers/admin"
import { createPhoneProduct, createStockLocation, eventually } from "../helpers/fixtures"
import { pdfText } from "../helpers/pdf"
import { testHooks } from "../helpers/test-hooks"
import { attempt, createDraftPurchase, enablePurchasing, TEST_APP_DIR } from "./utils"

jest.setTimeout(240_000)

// A tiny valid PNG: what a phone camera's photo of an ID stands in for.
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
  "base64"
)

medusaIntegrationTestRunner({
  cwd: TEST_APP_DIR,
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let headers: Record<string, string>
    let location: { id: string }

    beforeEach(async () => {
      const container = getContainer()
      ;({ headers } = await createAdminHeaders(container))
      location = await createStockLocation(container)
      testHooks().events.length = 0
    })

    it("runs a whole purchase: create, ID photo, stages, split payout, stock, receipt", async () => {
      const container = getContainer()
      const { variant } = await createPhoneProduct(container)

      const settings = await enablePurchasing(api, headers, {
        default_location_id: location.id,
        receipt_template: { store_name: "Fix-It Phones", store_address: "2 Market Row, Leeds" },
      })
      expect(settings.enabled).toBe(true)
      expect(settings.receipt_template.store_name).toBe("Fix-It Phones")
      expect(settings.receipt_template.signature_lines).toEqual(["Seller", "Staff member"])

      // Create with a new customer and two items, one serialised.
      const created = await createDraftPurchase(api, headers)
      expect(created).toMatchObject({
        status: "draft",
        currency_code: "eur",
        seller_first_name: "Sam",
        seller_last_name: "Seller",
        id_document_type: "driving_licence",
        id_document_last4: "S9AB",
        id_document_masked: "•••• S9AB",
        total: 155,
      })
      expect(created.number).toMatch(/^P-\d{4,}$/)
      expect(created.display_id).toBeGreaterThanOrEqual(1001)
      expect(created.customer.email).toContain("@example.com")
      expect(created.items).toHaveLength(2)
      expect(created.items.every((i: any) => i.status === "received")).toBe(true)
      const phone = created.items.find((i: any) => i.serial_number)
      const cable = created.items.find((i: any) => !i.serial_number)
      expect(cable.total).toBe(5)

      // Link the cable to an existing variant; it will be stocked as that.
      await api.post(
        `/admin/customer-purchases/${created.id}/items/${cable.id}`,
        { variant_id: variant.id },
        { headers }
      )

      // Notes about the purchase and about one item go into the history.
      const note = await api.post(
        `/admin/customer-purchases/${created.id}/notes`,
        { note: "Seller says the battery was replaced last year" },
        { headers }
      )
      expect(note.status).toBe(201)
      expect(note.data.activity).toMatchObject({ type: "note", item_id: null })
      await api.post(
        `/admin/customer-purchases/${created.id}/notes`,
        { note: "Scratch on the back", item_id: phone.id },
        { headers }
      )

      // The ID photo, kept privately.
      const form = new FormData()
      form.append("files", new Blob([PNG], { type: "image/png" }), "seller-id.png")
      const upload = await api.post(
        `/admin/customer-purchases/${created.id}/attachments?kind=id_document`,
        form,
        { headers }
      )
      expect(upload.status).toBe(201)
      const [attachment] = upload.data.attachments
      expect(attachment).toMatchObject({ filename: "seller-id.png", mime_type: "image/png", kind: "id_document", size: PNG.length })
      const file = await api.get(
        `/admin/customer-purchases/${created.id}/attachments/${attachment.id}`,
        { headers, responseType: "arraybuffer" }
      )
      expect(file.headers["content-type"]).toBe("image/png")
      expect(Buffer.from(file.data).equals(PNG)).toBe(true)

      // The phone goes through testing and refurbishing to ready.
      for (const status of ["testing", "refurbishing", "ready"]) {
        await api.post(
          `/admin/customer-purchases/${created.id}/items/${phone.id}/status`,
          { status, note: `moved to ${status}` },
          { headers }
        )
      }

      // Pay out: part cash, part store credit.
      const paid = await api.post(
        `/admin/customer-purchases/${created.id}/payout`,
        {
          lines: [
            { method_id: "cash", amount: 55 },
            { method_id: "store_credit", amount: "100" },
          ],
        },
        { headers }
      )
      expect(paid.data.customer_purchase.status).toBe("paid")
      expect(paid.data.customer_purchase.payout.lines).toHaveLength(2)

      // Stock the cable right after payout (existing variant)...
      await api.post(
        `/admin/customer-purchases/${created.id}/items/${cable.id}/stock`,
        {},
        { headers }
      )
      // ...and the phone after refurbishment, as a new product's variant.
      const stocked = await api.post(
        `/admin/customer-purchases/${created.id}/items/${phone.id}/stock`,
        {
          product: { title: "iPhone 12 (refurbished)", variant: { prices: [{ amount: 299, currency_code: "eur" }] } },
          refurbishment_cost: 30,
        },
        { headers }
      )
      const purchase = stocked.data.customer_purchase
      expect(purchase.status).toBe("completed")
      const stockedPhone = purchase.items.find((i: any) => i.id === phone.id)
      expect(stockedPhone).toMatchObject({
        status: "stocked",
        stocked_location_id: location.id,
        unit_cost: 180,
      })

      // Core routes show the stock at the location.
      const cableLevels = await api.get(
        `/admin/inventory-items?sku=PHONE-64&fields=*location_levels`,
        { headers }
      )
      const cableLevel = cableLevels.data.inventory_items[0].location_levels.find(
        (l: any) => l.location_id === location.id
      )
      expect(cableLevel.stocked_quantity).toBe(2)

      const { data: phoneVariant } = await api.get(
        `/admin/products/${(await variantProduct(api, headers, stockedPhone.variant_id))}/variants/${stockedPhone.variant_id}?fields=*inventory_items.inventory.location_levels`,
        { headers }
      )
      const phoneLevels = phoneVariant.variant.inventory_items[0].inventory.location_levels
      expect(phoneLevels.find((l: any) => l.location_id === location.id).stocked_quantity).toBe(1)
      expect(phoneVariant.variant.sku).toBe("IMEI356938035643809")

      // The loyalty plugin's routes show the credit and its reference.
      const accounts = await api.get(
        `/admin/store-credit-accounts?customer_id=${created.customer_id}`,
        { headers }
      )
      expect(accounts.data.store_credit_accounts).toHaveLength(1)
      const account = accounts.data.store_credit_accounts[0]
      const accountDetail = await api.get(`/admin/store-credit-accounts/${account.id}`, { headers })
      expect(accountDetail.data.store_credit_account.balance).toBe(100)
      const transactions = await api.get(
        `/admin/store-credit-accounts/${account.id}/transactions`,
        { headers }
      )
      expect(transactions.data.transactions).toEqual([
        expect.objectContaining({
          type: "credit",
          amount: 100,
          reference: "customer_purchase",
          reference_id: created.id,
        }),
      ])

      // The receipt: a PDF with the number, masked ID, serial and total.
      const receipt = await api.get(`/admin/customer-purchases/${created.id}/receipt`, {
        headers,
        responseType: "arraybuffer",
      })
      expect(receipt.headers["content-type"]).toBe("application/pdf")
      const pdf = Buffer.from(receipt.data)
      expect(pdf.subarray(0, 5).toString()).toBe("%PDF-")
      const text = await pdfText(pdf)
      expect(text).toContain(created.number)
      expect(text).toContain("•••• S9AB")
      expect(text).toContain("IMEI356938035643809")
      expect(text).toContain("155.00")
      expect(text).toContain("Fix-It Phones")
      expect(text).not.toContain("SELLE801017SS9AB")

      // The activity log holds every step, oldest last.
      const { data: log } = await api.get(
        `/admin/customer-purchases/${created.id}/activity?limit=100`,
        { headers }
      )
      const types = log.activity.map((a: any) => a.type).reverse()
      expect(types).toEqual([
        "created",
        "item_updated",
        "note",
        "note",
        "attachment_added",
        "status_changed",
        "status_changed",
        "status_changed",
        "paid_out",
        "stocked",
        "stocked",
        "completed",
      ])
      const moves = log.activity.filter((a: any) => a.type === "status_changed").reverse()
      expect(moves.map((m: any) => [m.from_status, m.to_status, m.note])).toEqual([
        ["received", "testing", "moved to testing"],
        ["testing", "refurbishing", "moved to refurbishing"],
        ["refurbishing", "ready", "moved to ready"],
      ])
      expect(log.activity.every((a: any) => a.actor_id)).toBe(true)
      const { data: phoneLog } = await api.get(
        `/admin/customer-purchases/${created.id}/activity?item_id=${phone.id}`,
        { headers }
      )
      expect(phoneLog.activity.map((a: any) => a.type)).toEqual([
        "stocked",
        "status_changed",
        "status_changed",
        "status_changed",
        "note",
      ])

      // Each event once.
      await eventually(() => {
        const names = testHooks().events.map((e) => e.name)
        expect(names.filter((n) => n === "customer_purchase.created")).toHaveLength(1)
        expect(names.filter((n) => n === "customer_purchase.paid_out")).toHaveLength(1)
        expect(names.filter((n) => n === "customer_purchase.completed")).toHaveLength(1)
        expect(names.filter((n) => n === "customer_purchase_item.status_changed")).toHaveLength(3)
        expect(names.filter((n) => n === "customer_purchase_item.stocked")).toHaveLength(2)
      })
      expect(testHooks().events.find((e) => e.name === "customer_purchase.paid_out")!.data).toMatchObject({ id: created.id })
    })

    it("boots next to the loyalty and draft-order plugins", async () => {
      expect((await api.get("/admin/draft-orders", { headers })).status).toBe(200)
      expect((await api.get("/admin/store-credit-accounts", { headers })).status).toBe(200)
      expect((await api.get("/admin/gift-cards", { headers })).status).toBe(200)
      const settings = await api.get("/admin/purchase-settings", { headers })
      expect(settings.data.purchase_settings.enabled).toBe(false)
    })

    it("previews an unsaved receipt template on a sample purchase, writing nothing", async () => {
      const preview = await api.post(
        "/admin/purchase-settings/receipt-preview",
        { receipt_template: { store_name: "Preview Phones", footer: "See you soon" } },
        { headers, responseType: "arraybuffer" }
      )
      expect(preview.headers["content-type"]).toBe("application/pdf")
      const text = await pdfText(Buffer.from(preview.data))
      expect(text).toContain("Preview Phones")
      expect(text).toContain("See you soon")
      expect(text).toContain("P-1001")
      const settings = await api.get("/admin/purchase-settings", { headers })
      expect(settings.data.purchase_settings).toMatchObject({ id: null, receipt_template: { store_name: "Our store" } })
      const bad = await attempt(
        api.post("/admin/purchase-settings/receipt-preview", { receipt_template: { store_name: "" } }, { headers })
      )
      expect(bad.status).toBe(400)
    })

    it("prints the seller's name in any script and address as the admin does, no internal notes, items in the order entered", async () => {
      await enablePurchasing(api, headers)
      const purchase = await createDraftPurchase(api, headers, {
        // Polish and Greek: names the PDF standard fonts printed as "L..." and "?????".
        seller: {
          first_name: "Łukasz Żółć",
          last_name: "Αθηνά",
          address: { city: "Leeds", address_1: "1 High Street", postal_code: "LS1 1AA", country_code: "gb" },
          id_document: { type: "passport", number: "X1234567", expires_at: "2031-01-01" },
        },
        notes: "Staff only: seller seemed nervous",
        items: ["Zebra lamp", "Apple box", "Mango crate"].map((title) => ({ title, unit_price: 1 })),
      })
      // Edits move rows around in PostgreSQL; the order entered must hold.
      const byTitle = (title: string) => purchase.items.find((i: any) => i.title === title)
      await api.post(`/admin/customer-purchases/${purchase.id}/items/${byTitle("Zebra lamp").id}`, { unit_price: 2 }, { headers })
      await api.post(`/admin/customer-purchases/${purchase.id}/items/${byTitle("Apple box").id}`, { notes: "dented" }, { headers })
      await api.post(
        `/admin/customer-purchases/${purchase.id}/items`,
        { items: [{ title: "Kiwi tray", unit_price: 1 }, { title: "Banana stand", unit_price: 1 }] },
        { headers }
      )
      const order = ["Zebra lamp", "Apple box", "Mango crate", "Kiwi tray", "Banana stand"]
      const { data } = await api.get(`/admin/customer-purchases/${purchase.id}`, { headers })
      expect(data.customer_purchase.items.map((i: any) => i.title)).toEqual(order)

      const receipt = await api.get(`/admin/customer-purchases/${purchase.id}/receipt`, {
        headers,
        responseType: "arraybuffer",
      })
      const text = (await pdfText(Buffer.from(receipt.data))).replace(/\s+/g, " ")
      expect(purchase).toMatchObject({ seller_first_name: "Łukasz Żółć", seller_last_name: "Αθηνά" })
      expect(text).toContain("Łukasz Żółć Αθηνά")
      expect(text).toContain("1 High Street, Leeds LS1 1AA, United Kingdom")
      expect(text).not.toContain("seemed nervous")
      const positions = order.map((title) => text.indexOf(title))
      expect(positions.every((p) => p >= 0)).toBe(true)
      expect([...positions].sort((a, b) => a - b)).toEqual(positions)
    })

    it("never shows the full ID number outside the logged reveal route", async () => {
      await enablePurchasing(api, headers)
      const purchase = await createDraftPurchase(api, headers)
      const secret = "SELLE801017SS9AB"

      const reads = [
        await api.get(`/admin/customer-purchases`, { headers }),
        await api.get(`/admin/customer-purchases?q=${purchase.number}`, { headers }),
        await api.get(`/admin/customer-purchases/${purchase.id}`, { headers }),
        await api.post(`/admin/customer-purchases/${purchase.id}`, { notes: "edited" }, { headers }),
        await api.get(`/admin/customer-purchases/${purchase.id}/activity`, { headers }),
      ]
      for (const read of reads) {
        expect(JSON.stringify(read.data)).not.toContain(secret)
      }
      for (const fields of ["id_document_number", "+id_document_number", "*id_document_number"]) {
        const res = await attempt(
          api.get(`/admin/customer-purchases/${purchase.id}?fields=${fields}`, { headers })
        )
        expect(JSON.stringify(res.data)).not.toContain(secret)
      }

      const revealed = await api.post(
        `/admin/customer-purchases/${purchase.id}/reveal-id`,
        { reason: "Police enquiry 42" },
        { headers }
      )
      expect(revealed.data.id_document).toMatchObject({ id_document_type: "driving_licence", id_document_number: secret })
      const { data: log } = await api.get(`/admin/customer-purchases/${purchase.id}/activity`, { headers })
      expect(log.activity[0]).toMatchObject({ type: "id_revealed", note: "Police enquiry 42" })
      expect(log.activity[0].actor_id).toMatch(/^user_/)
    })

    it("serves attachments to admins only, under no public URL", async () => {
      await enablePurchasing(api, headers)
      const purchase = await createDraftPurchase(api, headers)
      const form = new FormData()
      form.append("files", new Blob([PNG], { type: "image/png" }), "id.png")
      const { data } = await api.post(`/admin/customer-purchases/${purchase.id}/attachments`, form, { headers })
      const attachment = data.attachments[0]

      const route = `/admin/customer-purchases/${purchase.id}/attachments/${attachment.id}`
      expect((await attempt(api.get(route))).status).toBe(401)
      expect((await attempt(api.get(route, { headers: { authorization: "Bearer nope" } }))).status).toBe(401)

      // The file module knows the file, but no URL to it serves the bytes.
      const file = await getContainer().resolve(Modules.FILE).retrieveFile(attachment.file_id)
      const publicDir = path.join(TEST_APP_DIR, ".uploads/static")
      const publicFiles = fs.existsSync(publicDir) ? fs.readdirSync(publicDir) : []
      expect(publicFiles.filter((f) => f.includes("id.png"))).toEqual([])
      for (const url of [file.url, `/static/${file.id}`, `/static/${attachment.file_id}`, `/uploads/${file.id}`]) {
        if (!url) continue
        const res = await attempt(api.get(url.replace(/^https?:\/\/[^/]+/, ""), { responseType: "arraybuffer" }))
        expect(res.status).toBeGreaterThanOrEqual(400)
      }
    })

    it("lists, filters and searches purchases", async () => {
      await enablePurchasing(api, headers)
      const first = await createDraftPurchase(api, headers)
      const second = await createDraftPurchase(api, headers, {
        customer: undefined,
        customer_id: first.customer_id,
        seller: { first_name: "Robin", last_name: "Reseller" },
        items: [{ title: "iPad", serial_number: "DMPXYZ123", unit_price: 80 }],
      })
      await api.post(`/admin/customer-purchases/${first.id}/cancel`, { reason: "seller left" }, { headers })
      await eventually(() =>
        expect(testHooks().events.filter((e) => e.name === "customer_purchase.cancelled")).toEqual([
          { name: "customer_purchase.cancelled", data: { id: first.id } },
        ])
      )

      const list = async (qs: string) =>
        (await api.get(`/admin/customer-purchases?${qs}`, { headers })).data

      expect((await list("")).count).toBe(2)
      expect((await list("status=cancelled")).customer_purchases.map((p: any) => p.id)).toEqual([first.id])
      expect((await list("q=robin")).customer_purchases.map((p: any) => p.id)).toEqual([second.id])
      expect((await list("q=DMPXYZ")).customer_purchases.map((p: any) => p.id)).toEqual([second.id])
      expect((await list(`q=${first.number}`)).customer_purchases.map((p: any) => p.id)).toEqual([first.id])
      // The ID number is found by its last four only (the full number may be encrypted at rest).
      expect((await list("q=s9ab")).customer_purchases.map((p: any) => p.id)).toEqual([first.id])
      expect((await list("q=SELLE801017SS9AB")).customer_purchases).toEqual([])
      expect((await list("item_status=received&status=draft")).customer_purchases.map((p: any) => p.id)).toEqual([second.id])
      // The count of an item filter counts purchases (not items), with the purchase's own filters.
      const received = await list("item_status=received&limit=50")
      expect(received.count).toBe(received.customer_purchases.length)
      expect(received.count).toBeGreaterThanOrEqual(1)
      expect(await list("item_status=received&status=draft")).toMatchObject({ count: 1 })
      expect(await list("item_status=stocked")).toMatchObject({ count: 0, customer_purchases: [] })
      // A filter on items does not trim the items returned.
      const byItem = await list("q=DMPXYZ")
      expect(byItem.customer_purchases[0].items).toHaveLength(1)
      expect((await list("q=IMEI3569")).customer_purchases[0].items).toHaveLength(2)
      expect((await list(`customer_id=${first.customer_id}&order=created_at`)).customer_purchases.map((p: any) => p.id)).toEqual([first.id, second.id])
      expect((await list("order=-created_at&limit=1")).customer_purchases.map((p: any) => p.id)).toEqual([second.id])
      const page2 = await list("order=-created_at&limit=1&offset=1")
      expect(page2).toMatchObject({ count: 2, offset: 1, limit: 1 })
      expect(page2.customer_purchases[0].id).toBe(first.id)
      // A narrow field selection still gets its number and totals right.
      const narrow = await list("q=DMPXYZ&fields=id,status,items.id,items.quantity,items.unit_price")
      expect(narrow.customer_purchases[0]).toMatchObject({ number: second.number, total: 80, items: [expect.objectContaining({ total: 80 })] })
      const tomorrow = new Date(Date.now() + 86_400_000).toISOString()
      expect((await list(`created_at[$gte]=${tomorrow}`)).count).toBe(0)
    })
  },
})

async function variantProduct(api: any, headers: any, variantId: string) {
  const { data } = await api.get(`/admin/product-variants?id=${variantId}&fields=product_id`, { headers })
  return data.variants[0].product_id
}
