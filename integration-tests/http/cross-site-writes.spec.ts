/**
 * Cross-site request forgery: a logged-in admin's (or customer's) browser
 * carries the session cookie to any form post, so the plugin's write routes
 * take JSON (multipart for the upload) only, and a session-authenticated
 * write must come from the app's own origin. Bearer tokens and secret API
 * keys are not sent by a browser on its own and are not subject to the origin
 * check.
 */
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { createAdminHeaders, sessionCookie } from "../helpers/admin"
import { createPhoneProduct } from "../helpers/fixtures"
import { attempt, createDraftPurchase, enablePurchasing, TEST_APP_DIR } from "./utils"

jest.setTimeout(240_000)

const EVIL = "https://evil.example"

medusaIntegrationTestRunner({
  cwd: TEST_APP_DIR,
  inApp: true,
  testSuite: ({ api, getContainer, dbConnection }) => {
    let headers: Record<string, string>
    let cookie: string
    let ownOrigin: string
    let variant: { id: string }
    let customer: { id: string }

    beforeEach(async () => {
      const container = getContainer()
      ;({ headers } = await createAdminHeaders(container))
      ;({ cookie } = await sessionCookie(api, container, "user", "browser-admin@example.com"))
      ownOrigin = new URL(api.defaults.baseURL).origin
      ;({ variant } = await createPhoneProduct(container))
      customer = await container.resolve(Modules.CUSTOMER).createCustomers({
        first_name: "Walk",
        last_name: "In",
        email: "walk-in@example.com",
      })
    })

    const count = async (table: string) =>
      (await dbConnection.raw(`select count(*)::int as n from "${table}"`)).rows[0].n as number

    /** What every plugin table holds: a refused request must change none of it. */
    const snapshot = async () => ({
      deposits: await count("item_deposit"),
      depositTransactions: await count("item_deposit_transaction"),
      purchases: await count("customer_purchase"),
      purchaseStatuses: (await dbConnection.raw(`select id, status from customer_purchase order by id`)).rows,
      depositStatuses: (await dbConnection.raw(`select id, status from item_deposit order by id`)).rows,
      activities: await count("customer_purchase_activity"),
      attachments: await count("customer_purchase_attachment"),
      payouts: await count("customer_purchase_payout"),
      settings: (await dbConnection.raw(`select enabled from customer_purchase_setting`)).rows,
      storeCredit: await count("store_credit_account_transaction"),
    })

    const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString()
    const formHeaders = (origin = EVIL) => ({
      cookie,
      origin,
      "content-type": "application/x-www-form-urlencoded",
    })

    const depositBody = () => ({
      customer_id: customer.id,
      variant_id: variant.id,
      currency_code: "eur",
      amount_per_unit: "30",
      payment_method: "cash",
    })

    it("writes nothing for a cross-site form post carrying the admin's session cookie", async () => {
      // The session really is an admin session: a same-origin read works.
      const list = await api.get("/admin/item-deposits", { headers: { cookie } })
      expect(list.status).toBe(200)

      await enablePurchasing(api, headers, {
        payout_methods: [{ id: "cash", name: "Cash", type: "cash", enabled: true }],
      })
      const purchase = await createDraftPurchase(api, headers)
      const { data } = await api.post(
        "/admin/item-deposits",
        { ...depositBody(), amount_per_unit: 30 },
        { headers }
      )
      const deposit = data.item_deposit
      const before = await snapshot()
      const listBefore = (await api.get("/admin/item-deposits", { headers })).data

      const attacks: [string, Record<string, string>][] = [
        ["/admin/item-deposits", depositBody()],
        [`/admin/item-deposits/${deposit.id}/convert`, { reason: "csrf" }],
        [`/admin/item-deposits/${deposit.id}/cancel`, { reason: "csrf" }],
        [`/admin/item-deposits/${deposit.id}/refund`, { refund_method: "cash" }],
        [`/admin/item-deposits/${deposit.id}`, { notes: "csrf" }],
        [`/admin/customer-purchases/${purchase.id}/payout`, { "lines[0][method_id]": "cash", "lines[0][amount]": "155" }],
        [`/admin/customer-purchases/${purchase.id}/reveal-id`, { reason: "csrf" }],
        [`/admin/customer-purchases/${purchase.id}/cancel`, { reason: "csrf" }],
        [`/admin/customer-purchases/${purchase.id}/notes`, { note: "csrf" }],
        ["/admin/purchase-settings", { enabled: "false" }],
      ]
      for (const [url, fields] of attacks) {
        // A form post: urlencoded, from another site, with the cookie.
        const res = await attempt(api.post(url, form(fields), { headers: formHeaders() }))
        expect([url, res.status]).toEqual([url, 415])
        expect(res.data.message).toContain("application/json")
        expect(res.data.id_document).toBeUndefined()
        // Even from the app's own origin a form body is refused.
        const own = await attempt(api.post(url, form(fields), { headers: formHeaders(ownOrigin) }))
        expect([url, own.status]).toEqual([url, 415])
        // text/plain (what a no-cors fetch sends) is refused too.
        const plain = await attempt(
          api.post(url, JSON.stringify(fields), {
            headers: { cookie, origin: EVIL, "content-type": "text/plain" },
          })
        )
        expect([url, plain.status]).toEqual([url, 415])
      }

      // JSON with the cookie from another origin (or with no origin at all).
      for (const [url, fields] of attacks) {
        for (const origin of [{ origin: EVIL }, { referer: `${EVIL}/page` }, {}, { origin: "null" }]) {
          const res = await attempt(
            api.post(url, fields, { headers: { cookie, "content-type": "application/json", ...origin } })
          )
          expect([url, origin, res.status]).toEqual([url, origin, 403])
          expect(res.data.message).toMatch(/Cross-site request refused/)
        }
      }

      // A multipart upload from another site with the cookie.
      const upload = new FormData()
      upload.append("files", new Blob([Buffer.from("%PDF-1.4\n%%EOF")], { type: "application/pdf" }), "id.pdf")
      const res = await attempt(
        api.post(`/admin/customer-purchases/${purchase.id}/attachments?kind=id_document`, upload, {
          headers: { cookie, origin: EVIL },
        })
      )
      expect(res.status).toBe(403)

      // A DELETE from another site.
      const del = await attempt(
        api.delete(`/admin/customer-purchases/${purchase.id}/items/${purchase.items[0].id}`, {
          headers: { cookie, origin: EVIL },
        })
      )
      expect(del.status).toBe(403)

      expect(await snapshot()).toEqual(before)
      const listAfter = (await api.get("/admin/item-deposits", { headers })).data
      expect(listAfter.count).toBe(listBefore.count)
      expect(listAfter.item_deposits.map((d: any) => [d.id, d.status])).toEqual(
        listBefore.item_deposits.map((d: any) => [d.id, d.status])
      )
    })

    it("accepts the admin's own JSON writes with the session, and bearer writes from anywhere", async () => {
      const before = await count("item_deposit")
      const own = await api.post(
        "/admin/item-deposits",
        depositBody(),
        { headers: { cookie, origin: ownOrigin } }
      )
      expect(own.status).toBe(201)
      const referer = await api.post(
        "/admin/item-deposits",
        depositBody(),
        { headers: { cookie, referer: `${ownOrigin}/app/item-deposits/create` } }
      )
      expect(referer.status).toBe(201)
      // A bearer token is not sent by a browser on its own: no origin check.
      const bearer = await api.post("/admin/item-deposits", depositBody(), {
        headers: { ...headers, origin: EVIL },
      })
      expect(bearer.status).toBe(201)
      expect(await count("item_deposit")).toBe(before + 3)

      // But a bearer request still may not send a form.
      const bearerForm = await attempt(
        api.post("/admin/item-deposits", form(depositBody()), {
          headers: { ...headers, "content-type": "application/x-www-form-urlencoded" },
        })
      )
      expect(bearerForm.status).toBe(415)
      expect(await count("item_deposit")).toBe(before + 3)

      // Reads are untouched by the guard.
      const read = await api.get("/admin/item-deposits", { headers: { cookie, origin: EVIL } })
      expect(read.data.count).toBe(before + 3)
    })

    it("refuses a cross-site write to the store routes with the customer's session", async () => {
      const container = getContainer()
      const apiKey = await container.resolve(Modules.API_KEY).createApiKeys({
        title: "Storefront",
        type: "publishable",
        created_by: "test",
      })
      const pk = { "x-publishable-api-key": apiKey.token }
      const shopper = await sessionCookie(api, container, "customer", "shopper@example.com", "secret-password", pk)

      const claim = (extra: Record<string, string>, body: any = { claim_code: "AAAA-BBBB-CCCC" }) =>
        attempt(
          api.post("/store/customers/me/item-deposits/claim", body, {
            headers: { ...pk, cookie: shopper.cookie, ...extra },
          })
        )
      const cross = await claim({ origin: EVIL })
      expect(cross.status).toBe(403)
      const formPost = await claim(
        { origin: EVIL, "content-type": "application/x-www-form-urlencoded" },
        "claim_code=AAAA-BBBB-CCCC"
      )
      expect(formPost.status).toBe(415)
      // From its own origin the request gets through to the route (an unknown code: 404).
      const own = await claim({ origin: ownOrigin })
      expect(own.status).toBe(404)

      const cart = await attempt(
        api.post("/store/carts/cart_unknown/item-deposits", {}, {
          headers: { ...pk, cookie: shopper.cookie, origin: EVIL },
        })
      )
      expect(cart.status).toBe(403)
    })
  },
})
