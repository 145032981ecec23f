/**
 * Retention (issue 10): the purge removes ID images (through the File
 * Module) and replaces full ID numbers by their masked form once the
 * settings' periods have run out, logs it, skips purchases under a legal
 * hold; the dry-run route lists what would go and changes nothing.
 */
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { createAdminHeaders } from "../helpers/admin"
import { purgeExpiredIdData } from "../../.medusa/server/src/workflows/compliance/utils/purge-expired-id-data"
import { attempt, createDraftPurchase, enablePurchasing, TEST_APP_DIR } from "./utils"

jest.setTimeout(240_000)

const DAY = 24 * 60 * 60 * 1000
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
  "base64"
)

medusaIntegrationTestRunner({
  cwd: TEST_APP_DIR,
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let headers: Record<string, string>

    beforeEach(async () => {
      ;({ headers } = await createAdminHeaders(getContainer()))
      await enablePurchasing(api, headers, { id_number_retention_days: 1095, id_image_retention_days: 30 })
    })

    const withIdPhoto = async () => {
      const purchase = await createDraftPurchase(api, headers)
      const form = new FormData()
      form.append("files", new Blob([PNG], { type: "image/png" }), "seller-id.png")
      const { data } = await api.post(`/admin/customer-purchases/${purchase.id}/attachments?kind=id_document`, form, { headers })
      const photo = new FormData()
      photo.append("files", new Blob([PNG], { type: "image/png" }), "goods.png")
      await api.post(`/admin/customer-purchases/${purchase.id}/attachments?kind=goods_photo`, photo, { headers })
      return { purchase, attachment: data.attachments[0] }
    }

    const stored = async (id: string) => {
      const [row] = await getContainer()
        .resolve("customer_purchase")
        .listCustomerPurchases({ id }, { select: ["id_document_number", "id_number_purged_at", "id_images_purged_at"] })
      return row
    }

    it("purges ID images after 30 days and ID numbers after 3 years, logged; goods photos stay", async () => {
      const container = getContainer()
      const { purchase, attachment } = await withIdPhoto()
      const files = container.resolve(Modules.FILE)
      expect(await files.getAsBuffer(attachment.file_id)).toBeTruthy()

      // Not due yet.
      expect(await purgeExpiredIdData(container, { now: new Date(Date.now() + 29 * DAY) })).toEqual([])

      // 31 days on: the ID image goes, the number stays.
      const month = await purgeExpiredIdData(container, { now: new Date(Date.now() + 31 * DAY) })
      expect(month).toEqual([expect.objectContaining({ purchase_id: purchase.id, id_number: false, id_images: 1 })])
      await expect(files.getAsBuffer(attachment.file_id)).rejects.toThrow()
      const { data: read } = await api.get(`/admin/customer-purchases/${purchase.id}`, { headers })
      expect(read.customer_purchase.attachments.map((a: any) => a.kind)).toEqual(["goods_photo"])
      expect((await attempt(api.get(`/admin/customer-purchases/${purchase.id}/attachments/${attachment.id}`, { headers }))).status).toBe(404)
      expect((await stored(purchase.id)).id_document_number).toMatch(/^enc:v1:/)

      // Three years on: the number becomes its masked form; reveal shows that.
      const years = await purgeExpiredIdData(container, { now: new Date(Date.now() + 1096 * DAY) })
      expect(years).toEqual([expect.objectContaining({ purchase_id: purchase.id, id_number: true, id_images: 0 })])
      expect(await stored(purchase.id)).toMatchObject({ id_document_number: "•••• S9AB" })
      const { data: revealed } = await api.post(`/admin/customer-purchases/${purchase.id}/reveal-id`, {}, { headers })
      expect(revealed.id_document.id_document_number).toBe("•••• S9AB")

      // Idempotent: nothing left to purge.
      expect(await purgeExpiredIdData(container, { now: new Date(Date.now() + 1096 * DAY) })).toEqual([])
      const { data: log } = await api.get(`/admin/customer-purchases/${purchase.id}/activity`, { headers })
      expect(log.activity.filter((a: any) => a.type === "id_purged").map((a: any) => a.data)).toEqual([
        expect.objectContaining({ id_number: true, id_images: 0 }),
        expect.objectContaining({ id_number: false, id_images: 1 }),
      ])
    })

    it("a legal hold exempts a purchase; the dry run lists what would go and changes nothing", async () => {
      const container = getContainer()
      const held = await withIdPhoto()
      const free = await withIdPhoto()
      await enablePurchasing(api, headers, { id_number_retention_days: 0, id_image_retention_days: 0 })

      const noReason = await attempt(api.post(`/admin/customer-purchases/${held.purchase.id}/legal-hold`, { on: true }, { headers }))
      expect(noReason.status).toBe(400)
      expect(noReason.data.message).toMatch(/reason/)
      const { data: setHold } = await api.post(
        `/admin/customer-purchases/${held.purchase.id}/legal-hold`,
        { on: true, reason: "Court order 2026-44" },
        { headers }
      )
      expect(setHold.customer_purchase).toMatchObject({ legal_hold: true, legal_hold_reason: "Court order 2026-44" })

      const { data: preview } = await api.get("/admin/purchase-settings/retention-preview", { headers })
      expect(preview.purchases).toEqual([expect.objectContaining({ purchase_id: free.purchase.id, number: free.purchase.number, id_number: true, id_images: 1 })])
      // The dry run changed nothing.
      expect((await stored(free.purchase.id)).id_document_number).toMatch(/^enc:v1:/)
      expect(await container.resolve(Modules.FILE).getAsBuffer(free.attachment.file_id)).toBeTruthy()

      const purged = await purgeExpiredIdData(container, { now: new Date(Date.now() + DAY) })
      expect(purged.map((p: any) => p.purchase_id)).toEqual([free.purchase.id])
      expect((await stored(held.purchase.id)).id_document_number).toMatch(/^enc:v1:/)
      expect(await container.resolve(Modules.FILE).getAsBuffer(held.attachment.file_id)).toBeTruthy()

      // Clearing the hold: the next run purges it too.
      await api.post(`/admin/customer-purchases/${held.purchase.id}/legal-hold`, { on: false }, { headers })
      const later = await purgeExpiredIdData(container, { now: new Date(Date.now() + DAY) })
      expect(later.map((p: any) => p.purchase_id)).toEqual([held.purchase.id])
      const { data: log } = await api.get(`/admin/customer-purchases/${held.purchase.id}/activity`, { headers })
      expect(log.activity.map((a: any) => a.type)).toEqual(expect.arrayContaining(["legal_hold_set", "legal_hold_cleared", "id_purged"]))
    })
  },
})
