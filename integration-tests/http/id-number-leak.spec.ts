/**
 * The seller's full ID number leaves the server through
 * POST /admin/customer-purchases/:id/reveal-id only: not through `?fields=`
 * on a relation that reaches the purchase (the activity log's `purchase`, a
 * customer's purchases on core routes), and not in the result of the
 * exported workflows.
 */
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import {
  cancelCustomerPurchaseWorkflow,
  createCustomerPurchaseWorkflow,
  revealSellerIdNumberWorkflow,
  updateCustomerPurchaseWorkflow,
} from "../../.medusa/server/src/workflows"
import { createAdminHeaders } from "../helpers/admin"
import { attempt, createDraftPurchase, enablePurchasing, TEST_APP_DIR } from "./utils"

jest.setTimeout(240_000)

const NUMBER = "SELLE801017SS9AB"

/** Fails with the route when the full number (or its field) is anywhere in the answer. */
function expectNoIdNumber(label: string, body: unknown) {
  const text = JSON.stringify(body)
  expect([label, text.includes(NUMBER)]).toEqual([label, false])
  expect([label, text.includes("id_document_number")]).toEqual([label, false])
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

    it("never returns the full number through ?fields= on any route reaching a purchase", async () => {
      const purchase = await createDraftPurchase(api, headers)
      await api.post(`/admin/customer-purchases/${purchase.id}/notes`, { note: "hello" }, { headers })
      const P = `/admin/customer-purchases`
      const urls = [
        `${P}/${purchase.id}/activity?fields=purchase.id_document_number`,
        `${P}/${purchase.id}/activity?fields=*purchase`,
        `${P}/${purchase.id}/activity?fields=id,purchase.*`,
        `${P}/${purchase.id}/activity?fields=%2Bpurchase.id_document_number`,
        `${P}/${purchase.id}/activity?fields=*purchase.items,purchase.*`,
        `${P}/${purchase.id}?fields=id_document_number`,
        `${P}/${purchase.id}?fields=*`,
        `${P}/${purchase.id}?fields=%2Bid_document_number`,
        `${P}?fields=id_document_number`,
        `${P}?fields=*items,id_document_number`,
        `${P}?q=${NUMBER}`,
        `/admin/customers/${purchase.customer_id}?fields=*customer_purchases`,
        `/admin/customers/${purchase.customer_id}?fields=customer_purchases.*`,
        `/admin/customers/${purchase.customer_id}?fields=customer_purchase.*`,
        `/admin/customers/${purchase.customer_id}?fields=customer_purchases.id_document_number`,
        `/admin/customers?fields=*customer_purchases`,
      ]
      let answered = 0
      for (const url of urls) {
        const res = await attempt(api.get(url, { headers }))
        expect([url, res.status < 500]).toEqual([url, true])
        answered += res.status === 200 ? 1 : 0
        expectNoIdNumber(url, res.data)
      }
      // The activity route does answer those selections (they are not merely refused).
      const activity = await api.get(`${P}/${purchase.id}/activity?fields=id,purchase.*`, { headers })
      expect(activity.data.activity[0].purchase).toMatchObject({ id: purchase.id, id_document_last4: "S9AB" })
      expect(answered).toBeGreaterThan(3)

      // Every write route's answer too.
      const writes = [
        await api.post(`${P}/${purchase.id}?fields=*`, { notes: "x" }, { headers }),
        await api.post(
          `${P}/${purchase.id}`,
          { seller: { id_document: { type: "passport", number: NUMBER, expires_at: "2031-01-01" } } },
          { headers }
        ),
        await api.post(`${P}/${purchase.id}/cancel`, {}, { headers }),
      ]
      writes.forEach((res, index) => expectNoIdNumber(`write ${index}`, res.data))

      // The reveal route is the way to it, and it is logged.
      const revealed = await api.post(`${P}/${purchase.id}/reveal-id`, { reason: "Police enquiry 42" }, { headers })
      expect(revealed.data.id_document.id_document_number).toBe(NUMBER)
    })

    it("keeps the number out of the exported workflows' results", async () => {
      const container = getContainer()
      const { result: created } = await createCustomerPurchaseWorkflow(container).run({
        input: {
          customer: { first_name: "Sam", last_name: "Seller" },
          seller: { id_document: { type: "passport", number: NUMBER } },
          currency_code: "eur",
        },
      })
      expect(created.id_document_last4).toBe("S9AB")
      expectNoIdNumber("createCustomerPurchaseWorkflow", created)

      const { result: updated } = await updateCustomerPurchaseWorkflow(container).run({
        input: { id: created.id, seller: { id_document: { type: "passport", number: NUMBER } }, notes: "n" },
      })
      expectNoIdNumber("updateCustomerPurchaseWorkflow", updated)

      const { result: cancelled } = await cancelCustomerPurchaseWorkflow(container).run({
        input: { id: created.id, reason: "test" },
      })
      expectNoIdNumber("cancelCustomerPurchaseWorkflow", cancelled)

      // The reveal workflow is the one that returns it.
      const { result: revealed } = await revealSellerIdNumberWorkflow(container).run({
        input: { purchase_id: created.id, reason: "check" },
      })
      expect(revealed.id_document_number).toBe(NUMBER)
    })
  },
})
