/**
 * A purchase's attachments: stored only when their bytes are what they claim
 * to be, kept as evidence (core's DELETE /admin/uploads/:id refuses them), a
 * missing file answers 410, and the download names the file exactly
 * (RFC 5987 `filename*`).
 */
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { createAdminHeaders } from "../helpers/admin"
import { attempt, createDraftPurchase, enablePurchasing, TEST_APP_DIR } from "./utils"

jest.setTimeout(240_000)

const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
  "base64"
)

medusaIntegrationTestRunner({
  cwd: TEST_APP_DIR,
  inApp: true,
  testSuite: ({ api, getContainer, dbConnection }) => {
    let headers: Record<string, string>
    let purchase: any

    beforeEach(async () => {
      ;({ headers } = await createAdminHeaders(getContainer()))
      await enablePurchasing(api, headers)
      purchase = await createDraftPurchase(api, headers)
    })

    const upload = (content: Buffer | string, type: string, name: string) => {
      const form = new FormData()
      form.append("files", new Blob([content], { type }), name)
      return attempt(api.post(`/admin/customer-purchases/${purchase.id}/attachments?kind=id_document`, form, { headers }))
    }
    const attachments = async () =>
      (await dbConnection.raw(`select count(*)::int as n from customer_purchase_attachment`)).rows[0].n

    it("refuses files whose content is not the image or PDF they are declared as", async () => {
      const svg = '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(document.cookie)</script></svg>'
      const html = "<!doctype html><html><body><script>fetch('/admin/users')</script></body></html>"
      const exe = Buffer.concat([Buffer.from("MZ\x90\x00\x03\x00\x00\x00\x04\x00", "latin1"), Buffer.alloc(64)])
      const cases: [Buffer | string, string, string][] = [
        [svg, "image/png", "id.png"],
        [svg, "image/svg+xml", "id.svg"],
        [html, "application/pdf", "id.pdf"],
        [html, "image/jpeg", "id.jpg"],
        [exe, "image/png", "setup.png"],
        [exe, "application/pdf", "setup.exe"],
        [PNG, "application/pdf", "really-a-png.pdf"],
      ]
      const before = await attachments()
      for (const [content, type, name] of cases) {
        const res = await upload(content, type, name)
        expect([name, type, res.status]).toEqual([name, type, 400])
        expect(res.data.message).toMatch(/^files: /)
      }
      expect(await attachments()).toBe(before)

      // A real PNG and a real PDF are taken.
      expect((await upload(PNG, "image/png", "id.png")).status).toBe(201)
      expect((await upload("%PDF-1.4\n%%EOF", "application/pdf", "statement.pdf")).status).toBe(201)
      expect(await attachments()).toBe(before + 2)
    })

    it("keeps a purchase's files from core's DELETE /admin/uploads/:id, and answers 410 for a vanished file", async () => {
      const { data } = await upload(PNG, "image/png", "Führerschein \"scan\".png")
      const attachment = data.attachments[0]

      const refused = await attempt(api.delete(`/admin/uploads/${attachment.file_id}`, { headers }))
      expect(refused.status).toBe(409)
      expect(refused.data.message).toContain(`attached to purchase ${purchase.number}`)
      const still = await api.get(`/admin/customer-purchases/${purchase.id}/attachments/${attachment.id}`, {
        headers,
        responseType: "arraybuffer",
      })
      expect(Buffer.from(still.data).equals(PNG)).toBe(true)
      // The exact name in RFC 5987 form, an ASCII fallback that cannot break the header.
      expect(still.headers["content-disposition"]).toBe(
        `inline; filename="F_hrerschein _scan_.png"; filename*=UTF-8''F%C3%BChrerschein%20%22scan%22.png`
      )

      // Other code removing the file directly: the download says it is gone.
      await getContainer().resolve(Modules.FILE).deleteFiles(attachment.file_id)
      const gone = await attempt(api.get(`/admin/customer-purchases/${purchase.id}/attachments/${attachment.id}`, { headers }))
      expect(gone.status).toBe(410)
      expect(gone.data.message).toContain("no longer exists")

      // Files that are not a purchase's are still deleted by core.
      const { data: other } = await api.post(
        "/admin/uploads",
        (() => {
          const form = new FormData()
          form.append("files", new Blob([PNG], { type: "image/png" }), "product.png")
          return form
        })(),
        { headers }
      )
      const deleted = await api.delete(`/admin/uploads/${other.files[0].id}`, { headers })
      expect(deleted.status).toBe(200)
    })
  },
})
