/**
 * Who may call what: every route of the plugin, tried as an anonymous
 * client, with a publishable key only, as customer A, as customer B and as
 * an admin. Admin routes answer 401 to all but the admin; store routes need
 * the publishable key (400 without it), then a logged-in customer (401), and
 * show a customer only their own deposits and carts (B gets 404 for A's).
 * Nobody but the admin writes anything.
 */
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { createAdminHeaders } from "../helpers/admin"
import { createPhoneProduct, createStockLocation } from "../helpers/fixtures"
import { attempt, createDraftPurchase, enablePurchasing, TEST_APP_DIR } from "./utils"

jest.setTimeout(300_000)

type Actor = "anonymous" | "publishable" | "customerA" | "customerB" | "admin"
type Route = { method: "get" | "post" | "delete"; url: string; body?: unknown; multipart?: boolean }

medusaIntegrationTestRunner({
  cwd: TEST_APP_DIR,
  inApp: true,
  testSuite: ({ api, getContainer, dbConnection }) => {
    it("answers each actor on every plugin route as it should", async () => {
      const container = getContainer()
      const { headers: admin } = await createAdminHeaders(container)
      const location = await createStockLocation(container)
      await enablePurchasing(api, admin, { default_location_id: location.id })
      const { variant } = await createPhoneProduct(container)

      const apiKey = await container.resolve(Modules.API_KEY).createApiKeys({ title: "Shop", type: "publishable", created_by: "test" })
      const salesChannel = await container.resolve(Modules.SALES_CHANNEL).createSalesChannels({ name: "Web" })
      await container.resolve("remoteLink").create({
        [Modules.API_KEY]: { publishable_key_id: apiKey.id },
        [Modules.SALES_CHANNEL]: { sales_channel_id: salesChannel.id },
      })
      const region = await container.resolve(Modules.REGION).createRegions({ name: "EU", currency_code: "eur", countries: ["de"] })
      const pk = { "x-publishable-api-key": apiKey.token }
      const customer = async (email: string) => {
        const { data: registered } = await api.post("/auth/customer/emailpass/register", { email, password: "secret-password" })
        const { data } = await api.post("/store/customers", { email }, { headers: { ...pk, authorization: `Bearer ${registered.token}` } })
        const { data: login } = await api.post("/auth/customer/emailpass", { email, password: "secret-password" })
        return { id: data.customer.id as string, headers: { ...pk, authorization: `Bearer ${login.token}` } }
      }
      const a = await customer("a@example.com")
      const b = await customer("b@example.com")
      const cartA = (await api.post("/store/carts", { region_id: region.id }, { headers: a.headers })).data.cart

      const actors: Record<Actor, Record<string, string>> = {
        anonymous: {},
        publishable: pk,
        customerA: a.headers,
        customerB: b.headers,
        // The admin's token with the publishable key too, so store routes see an admin, not a missing key.
        admin: { ...admin, ...pk },
      }

      // What the routes act on.
      const purchase = await createDraftPurchase(api, admin)
      const second = await createDraftPurchase(api, admin)
      const makeDeposit = async (customerId: string) =>
        (
          await api.post(
            "/admin/item-deposits",
            { customer_id: customerId, variant_id: variant.id, currency_code: "eur", amount_per_unit: 30, payment_method: "cash" },
            { headers: admin }
          )
        ).data.item_deposit
      const depositA = await makeDeposit(a.id)
      const walkIn = await container.resolve(Modules.CUSTOMER).createCustomers({ first_name: "Walk", last_name: "In" })
      const walkInDeposit = await makeDeposit(walkIn.id)
      const refundable = await makeDeposit(walkIn.id)
      const cancellable = await makeDeposit(walkIn.id)
      const claimCode = walkInDeposit.claim_code as string
      expect(claimCode).toBeTruthy()

      const P = `/admin/customer-purchases`
      const [phone, cable] = purchase.items
      // In an order in which the admin's calls all succeed.
      const adminRoutes: Route[] = [
        { method: "get", url: "/admin/purchase-settings" },
        { method: "post", url: "/admin/purchase-settings", body: { default_location_id: location.id } },
        { method: "post", url: "/admin/purchase-settings/receipt-preview", body: {} },
        { method: "get", url: P },
        { method: "post", url: P, body: { customer: { first_name: "N", last_name: "S" }, currency_code: "eur" } },
        { method: "get", url: `${P}/${purchase.id}` },
        { method: "post", url: `${P}/${purchase.id}`, body: { notes: "edited" } },
        { method: "post", url: `${P}/${purchase.id}/items`, body: { items: [{ title: "Case", unit_price: 1 }] } },
        { method: "post", url: `${P}/${purchase.id}/items/${cable.id}`, body: { notes: "boxed" } },
        { method: "post", url: `${P}/${purchase.id}/items/${cable.id}/status`, body: { status: "testing" } },
        { method: "post", url: `${P}/${purchase.id}/notes`, body: { note: "hello" } },
        { method: "get", url: `${P}/${purchase.id}/activity` },
        { method: "post", url: `${P}/${purchase.id}/attachments?kind=id_document`, multipart: true },
        { method: "post", url: `${P}/${purchase.id}/reveal-id`, body: { reason: "check" } },
        { method: "get", url: `${P}/${purchase.id}/receipt` },
        { method: "delete", url: `${P}/${purchase.id}/items/${cable.id}` },
        { method: "post", url: `${P}/${purchase.id}/payout`, body: { lines: [{ method_id: "cash", amount: 151 }] } },
        { method: "post", url: `${P}/${purchase.id}/items/${phone.id}/stock`, body: { location_id: location.id, product: { title: "Phone" } } },
        { method: "get", url: `/admin/product-variants/${variant.id}/purchase-origins` },
        { method: "post", url: `${P}/${second.id}/cancel`, body: { reason: "no" } },
        // Compliance (issue 10).
        { method: "get", url: `${P}/${purchase.id}/holds` },
        { method: "post", url: `${P}/${purchase.id}/legal-hold`, body: { on: true, reason: "court order" } },
        { method: "get", url: `${P}/export?format=csv` },
        { method: "get", url: "/admin/purchase-settings/retention-preview" },
        { method: "get", url: "/admin/blocked-serials" },
        { method: "get", url: "/admin/blocked-serials/check?serial_number=X1" },
        { method: "post", url: "/admin/blocked-serials", body: { serial_number: "BLK-1", reason: "stolen" } },
        { method: "get", url: "/admin/item-deposits" },
        { method: "post", url: "/admin/item-deposits", body: { customer_id: a.id, variant_id: variant.id, currency_code: "eur", amount_per_unit: 5, payment_method: "cash" } },
        { method: "get", url: `/admin/item-deposits/${depositA.id}` },
        { method: "post", url: `/admin/item-deposits/${depositA.id}`, body: { notes: "n" } },
        { method: "get", url: `/admin/item-deposits/${depositA.id}/slip` },
        { method: "post", url: `/admin/item-deposits/${refundable.id}/refund`, body: { refund_method: "cash" } },
        { method: "post", url: `/admin/item-deposits/${cancellable.id}/cancel`, body: {} },
        { method: "post", url: `/admin/item-deposits/${depositA.id}/top-ups`, body: { amount_per_unit: 1, payment_method: "cash" } },
        { method: "get", url: "/admin/item-deposit-settings" },
        { method: "post", url: "/admin/item-deposit-settings", body: { reminder_days_before: 3 } },
        { method: "post", url: `/admin/item-deposits/${depositA.id}/convert`, body: { reason: "cannot source" } },
      ]

      const send = (route: Route, headers: Record<string, string>) => {
        if (route.multipart) {
          const form = new FormData()
          form.append("files", new Blob([Buffer.from("%PDF-1.4\n%%EOF")], { type: "application/pdf" }), "id.pdf")
          return attempt(api.post(route.url, form, { headers }))
        }
        return attempt(
          route.method === "post" ? api.post(route.url, route.body ?? {}, { headers }) : api[route.method](route.url, { headers })
        )
      }
      // Every row of every table the plugin owns or links (found by name, so
      // a table added later is covered too), plus core's reservations, which
      // the plugin's holds create: what "nothing written" is checked against.
      const snapshot = async () => {
        const tables: string[] = (
          await dbConnection.raw(
            `select table_name from information_schema.tables
              where table_schema = current_schema() and table_type = 'BASE TABLE'
                and (table_name ~ '(customer_purchase|item_deposit)' or table_name = 'reservation_item')
              order by table_name`
          )
        ).rows.map((r: any) => r.table_name)
        const rows = await Promise.all(
          tables.map(async (name) => {
            const { rows } = await dbConnection.raw(
              `select count(*)::int n, coalesce(md5(string_agg(t::text, '|' order by t::text)), '') h from "${name}" t`
            )
            return [name, rows[0]] as const
          })
        )
        return Object.fromEntries(rows)
      }

      const table: string[] = []
      const got = (actor: Actor, route: Route, status: number) => table.push(`${actor} ${route.method.toUpperCase()} ${route.url.replace(/\?.*/, "")} → ${status}`)
      const want: string[] = []
      const expected = (actor: Actor, route: Route, status: number) => want.push(`${actor} ${route.method.toUpperCase()} ${route.url.replace(/\?.*/, "")} → ${status}`)

      // Everyone but the admin, first (the admin's calls change state).
      const before = await snapshot()
      expect(Object.keys(before)).toEqual(
        expect.arrayContaining([
          "customer_purchase_blocked_serial",
          "customer_purchase_hold",
          "customer_purchase_setting",
          "item_deposit_reservation",
          "item_deposit_setting",
          "item_deposit_transaction",
          "reservation_item",
        ])
      )
      for (const route of adminRoutes) {
        for (const actor of ["anonymous", "publishable", "customerA", "customerB"] as Actor[]) {
          got(actor, route, (await send(route, actors[actor])).status)
          expected(actor, route, 401)
        }
      }

      const storeRoutes: { route: Route; expect: Record<Actor, number> }[] = [
        {
          route: { method: "get", url: "/store/customers/me/item-deposits" },
          expect: { anonymous: 400, publishable: 401, customerA: 200, customerB: 200, admin: 401 },
        },
        {
          route: { method: "post", url: `/store/carts/${cartA.id}/item-deposits` },
          expect: { anonymous: 400, publishable: 401, customerA: 200, customerB: 404, admin: 401 },
        },
      ]
      for (const { route, expect: statuses } of storeRoutes) {
        for (const actor of Object.keys(statuses) as Actor[]) {
          const res = await send(route, actors[actor])
          got(actor, route, res.status)
          expected(actor, route, statuses[actor])
          if (route.url.endsWith("/me/item-deposits") && res.status === 200) {
            const ids = res.data.item_deposits.map((d: any) => d.id)
            // A sees their own deposit; B sees none of A's.
            expect([actor, ids.includes(depositA.id)]).toEqual([actor, actor === "customerA"])
            expect(JSON.stringify(res.data)).not.toContain(claimCode)
          }
        }
      }
      expect(await snapshot()).toEqual(before)

      // Claiming a walk-in deposit: nobody without a customer login; B after A gets the same 404 as a wrong code.
      const claim: Route = { method: "post", url: "/store/customers/me/item-deposits/claim", body: { claim_code: claimCode } }
      for (const [actor, status] of [["anonymous", 400], ["publishable", 401], ["admin", 401], ["customerA", 200], ["customerB", 404]] as [Actor, number][]) {
        got(actor, claim, (await send(claim, actors[actor])).status)
        expected(actor, claim, status)
      }

      // The admin, on every admin route.
      for (const route of adminRoutes) {
        const res = await send(route, actors.admin)
        got("admin", route, res.status >= 200 && res.status < 300 ? 200 : res.status)
        expected("admin", route, 200)
      }
      expect(table).toEqual(want)

      const { data } = await api.get(`/admin/item-deposits/${walkInDeposit.id}`, { headers: admin })
      expect(data.item_deposit.customer_id).toBe(a.id)
    })
  },
})
