/**
 * Compliance checks at the counter (issue 10): a serial bought before is
 * warned about; a blocked serial (stolen report) is refused unless the
 * request overrides it, which is logged; no-cash mode; the seller's date of
 * birth when the settings require it.
 */
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { createAdminHeaders } from "../helpers/admin"
import { attempt, createDraftPurchase, enablePurchasing, TEST_APP_DIR } from "./utils"

jest.setTimeout(240_000)

const IMEI = "356938035643809"

medusaIntegrationTestRunner({
  cwd: TEST_APP_DIR,
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let headers: Record<string, string>

    beforeEach(async () => {
      ;({ headers } = await createAdminHeaders(getContainer()))
      await enablePurchasing(api, headers)
    })

    const purchaseCount = async () => (await api.get("/admin/customer-purchases", { headers })).data.count

    it("warns when a serial was bought before: in the create, add-item and edit responses and the check route", async () => {
      const first = await createDraftPurchase(api, headers, { items: [{ title: "iPhone 12", serial_number: IMEI, unit_price: 150 }] })

      // The same IMEI again, typed with separators: warned with the earlier purchase.
      const { data } = await api.post(
        "/admin/customer-purchases",
        {
          customer: { first_name: "Una", last_name: "Other" },
          currency_code: "eur",
          items: [{ title: "iPhone 12", serial_number: "35 6938 0356 43809", unit_price: 120 }],
        },
        { headers }
      )
      expect(data.serial_warnings).toEqual([
        expect.objectContaining({
          serial_number: "35 6938 0356 43809",
          item_id: data.customer_purchase.items[0].id,
          blocked: null,
          bought_before: [expect.objectContaining({ purchase_id: first.id, number: first.number, status: "draft" })],
        }),
      ])
      expect(new Date(data.serial_warnings[0].bought_before[0].bought_at).getTime()).toBe(new Date(first.created_at).getTime())

      const added = await api.post(
        `/admin/customer-purchases/${data.customer_purchase.id}/items`,
        { items: [{ title: "Tablet", serial_number: "SN-NEW-1", unit_price: 10 }] },
        { headers }
      )
      // Only the repeated one is warned about.
      expect(added.data.serial_warnings.map((w: any) => w.serial_number)).toEqual(["35 6938 0356 43809"])

      // The check route (the item form, while typing): the spaced form finds both.
      const check = await api.get(`/admin/blocked-serials/check?serial_number=${encodeURIComponent("35 6938 0356 43809")}`, { headers })
      expect(check.data.bought_before.map((b: any) => b.purchase_id).sort()).toEqual([first.id, data.customer_purchase.id].sort())
      expect(check.data.blocked).toBeNull()

      const fresh = await api.get("/admin/blocked-serials/check?serial_number=NEVER-SEEN", { headers })
      expect(fresh.data).toEqual({ serial_number: "NEVER-SEEN", bought_before: [], blocked: null })
    })

    it("refuses a blocked serial unless overridden with a reason, which is logged; removing the entry unblocks it", async () => {
      const missing = await attempt(api.post("/admin/blocked-serials", { serial_number: IMEI }, { headers }))
      expect(missing.status).toBe(400)
      expect(missing.data.message).toMatch(/reason/)

      const { data: added } = await api.post(
        "/admin/blocked-serials",
        { serial_number: "35-693803-564380-9", reason: "Reported stolen", reference: "Police ref 4471" },
        { headers }
      )
      expect(added.blocked_serial).toMatchObject({ serial_key: IMEI, reason: "Reported stolen" })
      const twice = await attempt(api.post("/admin/blocked-serials", { serial_number: IMEI, reason: "again" }, { headers }))
      expect(twice.status).toBe(409)

      const before = await purchaseCount()
      const raw = await attempt(
        api.post(
          "/admin/customer-purchases",
          {
            customer: { first_name: "Sly", last_name: "Seller" },
            currency_code: "eur",
            items: [{ title: "Cable", unit_price: 1 }, { title: "iPhone 12", serial_number: IMEI, unit_price: 150 }],
          },
          { headers }
        )
      )
      expect(raw.status).toBe(409)
      expect(raw.data.message).toMatch(/^items\[1\]\.serial_number: .*blocked list \(Reported stolen, Police ref 4471\)/)
      expect(await purchaseCount()).toBe(before)

      // On an existing purchase: adding or editing to the blocked serial is refused too.
      const draft = await createDraftPurchase(api, headers, { items: [{ title: "Phone", unit_price: 5 }] })
      const add = await attempt(
        api.post(`/admin/customer-purchases/${draft.id}/items`, { items: [{ title: "X", serial_number: IMEI, unit_price: 1 }] }, { headers })
      )
      expect(add.status).toBe(409)
      const edit = await attempt(
        api.post(`/admin/customer-purchases/${draft.id}/items/${draft.items[0].id}`, { serial_number: IMEI }, { headers })
      )
      expect(edit.status).toBe(409)
      expect(edit.data.message).toMatch(/^serial_number: /)

      // With the override: bought, warned, and the override is in the log.
      const overridden = await api.post(
        `/admin/customer-purchases/${draft.id}/items/${draft.items[0].id}`,
        { serial_number: IMEI, blocked_serial_override: { reason: "Police asked us to buy it as evidence" } },
        { headers }
      )
      expect(overridden.data.serial_warnings[0].blocked).toMatchObject({ id: added.blocked_serial.id })
      const { data: log } = await api.get(`/admin/customer-purchases/${draft.id}/activity`, { headers })
      expect(log.activity.find((a: any) => a.type === "serial_block_overridden")).toMatchObject({
        item_id: draft.items[0].id,
        note: "Police asked us to buy it as evidence",
        data: expect.objectContaining({ serial_number: "35-693803-564380-9", blocked_serial_id: added.blocked_serial.id }),
      })

      const created = await api.post(
        "/admin/customer-purchases",
        {
          customer: { first_name: "Sly", last_name: "Seller" },
          currency_code: "eur",
          items: [{ title: "iPhone 12", serial_number: IMEI, unit_price: 150 }],
          blocked_serial_override: { reason: "Owner proved the report was withdrawn" },
        },
        { headers }
      )
      expect(created.status).toBe(201)
      const { data: createdLog } = await api.get(`/admin/customer-purchases/${created.data.customer_purchase.id}/activity`, { headers })
      expect(createdLog.activity.map((a: any) => a.type)).toContain("serial_block_overridden")

      const listed = await api.get("/admin/blocked-serials?q=stolen", { headers })
      expect(listed.data.blocked_serials.map((b: any) => b.id)).toEqual([added.blocked_serial.id])

      await api.delete(`/admin/blocked-serials/${added.blocked_serial.id}`, { headers })
      expect((await attempt(api.delete(`/admin/blocked-serials/${added.blocked_serial.id}`, { headers }))).status).toBe(404)
      const after = await attempt(
        api.post(`/admin/customer-purchases/${draft.id}/items`, { items: [{ title: "X", serial_number: IMEI, unit_price: 1 }] }, { headers })
      )
      expect(after.status).toBe(200)
    })

    it("no-cash mode refuses cash payout lines (400 naming the line) and pays by another method", async () => {
      await enablePurchasing(api, headers, { no_cash: true })
      const purchase = await createDraftPurchase(api, headers)
      const refused = await attempt(
        api.post(
          `/admin/customer-purchases/${purchase.id}/payout`,
          { lines: [{ method_id: "bank_transfer", amount: 100 }, { method_id: "cash", amount: 55 }] },
          { headers }
        )
      )
      expect(refused.status).toBe(400)
      expect(refused.data.message).toMatch(/^lines\[1\]\.method_id: "cash" is a cash method/)
      expect((await api.get(`/admin/customer-purchases/${purchase.id}`, { headers })).data.customer_purchase.status).toBe("draft")

      const paid = await api.post(
        `/admin/customer-purchases/${purchase.id}/payout`,
        { lines: [{ method_id: "bank_transfer", amount: purchase.total }] },
        { headers }
      )
      expect(paid.data.customer_purchase.status).toBe("paid")
    })

    it("keeps the seller's date of birth, and requires it when the settings say so", async () => {
      const withDob = await createDraftPurchase(api, headers, {
        seller: { date_of_birth: "1980-01-17", id_document: { type: "passport", number: "P1234567" } },
      })
      expect(new Date(withDob.seller_date_of_birth).toISOString().slice(0, 10)).toBe("1980-01-17")

      await enablePurchasing(api, headers, { require_seller_date_of_birth: true })
      const before = await purchaseCount()
      const refused = await attempt(
        api.post(
          "/admin/customer-purchases",
          { customer: { first_name: "No", last_name: "Dob" }, currency_code: "eur", seller: { phone: "1" } },
          { headers }
        )
      )
      expect(refused.status).toBe(400)
      expect(refused.data.message).toMatch(/^seller\.date_of_birth: required/)
      expect(await purchaseCount()).toBe(before)
      const bad = await attempt(
        api.post(
          "/admin/customer-purchases",
          { customer: { first_name: "No", last_name: "Dob" }, currency_code: "eur", seller: { date_of_birth: "17/01/1980" } },
          { headers }
        )
      )
      expect(bad.status).toBe(400)
      expect(bad.data.message).toMatch(/date_of_birth/)
    })
  },
})
