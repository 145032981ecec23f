/**
 * Property-based fuzzing (fast-check) of every admin and store route of the
 * plugin: whatever a field, query value or path id holds, the answer is never
 * a 5xx, a 400 names the field it is about, and a rejected request writes
 * nothing. 20 runs per route and kind by default (FUZZ_RUNS to change).
 * `npm test` uses a fixed seed, so it is repeatable and never fails by
 * chance; FUZZ_SEED=<n> replays another seed (fast-check prints it on a
 * failure) and FUZZ_SEED=random explores new ones.
 */
import fc from "fast-check"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { createAdminHeaders } from "../helpers/admin"
import { createPhoneProduct, createStockLocation } from "../helpers/fixtures"
import { attempt, createDraftPurchase, enablePurchasing, TEST_APP_DIR } from "./utils"

jest.setTimeout(600_000)

const RUNS = Number(process.env.FUZZ_RUNS ?? 20)
const SEED = process.env.FUZZ_SEED === "random" ? undefined : Number(process.env.FUZZ_SEED ?? 20261202)
const params = { numRuns: RUNS, ...(SEED !== undefined && { seed: SEED }), endOnFailure: true }

const deepJson = (depth: number) => `${'{"a":'.repeat(depth)}1${"}".repeat(depth)}`

/** Values a hostile or careless client sends. */
const hostile: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(
    "\u0000",
    "a\u0000b",
    "x".repeat(10_000),
    "",
    " ",
    2 ** 31,
    -(2 ** 31) - 1,
    -1,
    0,
    1e20,
    1e-30,
    "0.0000000000000000000000001",
    "1e5",
    Number.MAX_SAFE_INTEGER,
    true,
    false,
    null,
    {},
    [],
    [[[]]],
    "99999-01-01",
    "0000-01-01",
    "2030-02-31",
    "notadate",
    ";DROP TABLE customer_purchase;--",
    "' OR 1=1 --",
    "<script>alert(1)</script>",
    "../../etc/passwd",
    "%00",
    "🙂".repeat(300),
    "cpur_unknown",
    { $gt: "" },
    { __proto__: { polluted: true } }
  ),
  fc.string({ maxLength: 300 }),
  fc.string({ unit: "binary", maxLength: 50 }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
  fc.dictionary(fc.string({ maxLength: 10 }), fc.oneof(fc.string({ maxLength: 20 }), fc.integer()), { maxKeys: 5 }),
  fc.array(fc.oneof(fc.string({ maxLength: 20 }), fc.integer()), { maxLength: 5 })
)

/** Strings for query values and path ids. */
const hostileText: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom("\u0000", "x".repeat(10_000), "-1", "1e99", "99999-01-01", ";DROP", "*", "' OR 1=1 --", "%", "..", ""),
  fc.string({ maxLength: 200 }),
  fc.string({ unit: "binary", maxLength: 40 })
)

type BodyRoute = { method: "post"; url: () => string; base: () => Record<string, unknown> }
type QueryRoute = { url: () => string; params: string[] }

medusaIntegrationTestRunner({
  cwd: TEST_APP_DIR,
  inApp: true,
  testSuite: ({ api, getContainer, dbConnection }) => {
    let headers: Record<string, string>
    const TABLES = [
      "customer_purchase",
      "customer_purchase_item",
      "customer_purchase_activity",
      "customer_purchase_attachment",
      "customer_purchase_payout",
      "customer_purchase_payout_line",
      "customer_purchase_setting",
      "item_deposit",
      "item_deposit_transaction",
      "store_credit_account",
      "store_credit_account_transaction",
      "customer",
      "product_variant",
      "inventory_level",
    ]
    /** Row counts plus what every plugin row says, to prove a rejected request wrote nothing. */
    async function snapshot() {
      const { rows } = await dbConnection.raw(
        `select ${TABLES.map((t) => `(select count(*) from "${t}")::int as "${t}"`).join(", ")},
          (select md5(coalesce(string_agg(to_jsonb(p)::text, ',' order by id), '')) from customer_purchase p) as purchases,
          (select md5(coalesce(string_agg(to_jsonb(i)::text, ',' order by id), '')) from customer_purchase_item i) as items,
          (select md5(coalesce(string_agg(to_jsonb(d)::text, ',' order by id), '')) from item_deposit d) as deposits,
          (select md5(coalesce(string_agg(to_jsonb(s)::text, ',' order by id), '')) from customer_purchase_setting s) as settings`
      )
      return rows[0]
    }

    /** Checks one answer against the properties; returns a failure text or null. */
    async function check(label: string, send: () => Promise<any>, names: string[]) {
      const before = await snapshot()
      const res = await attempt(send())
      const message = String(res.data?.message ?? "")
      if (res.status >= 500) {
        return `${label}: ${res.status} ${message}`
      }
      if (res.status === 400 && names.length && !names.some((name) => message.includes(name))) {
        return `${label}: 400 does not name ${names.join(" or ")}: ${message}`
      }
      if (res.status >= 400) {
        const after = await snapshot()
        if (JSON.stringify(after) !== JSON.stringify(before)) {
          return `${label}: ${res.status} but something was written: ${JSON.stringify(before)} → ${JSON.stringify(after)}`
        }
      }
      return null
    }

    /** Runs a property; a counterexample is already in `failures`, so the run goes on to the next route. */
    const holds = (property: fc.IAsyncProperty<any>, options: fc.Parameters<any>) =>
      fc.assert(property, options).catch(() => undefined)

    const json = (body: unknown) => ({
      headers: { ...headers, "content-type": "application/json" },
      transformRequest: [() => (typeof body === "string" ? body : JSON.stringify(body))],
    })

    beforeEach(async () => {
      ;({ headers } = await createAdminHeaders(getContainer()))
    })

    it("never answers 5xx, names the field in a 400 and writes nothing when it refuses (admin routes)", async () => {
      const container = getContainer()
      const location = await createStockLocation(container)
      await enablePurchasing(api, headers, { default_location_id: location.id })
      const { variant } = await createPhoneProduct(container)
      const customer = await container.resolve(Modules.CUSTOMER).createCustomers({ first_name: "W", last_name: "I" })
      const draft = await createDraftPurchase(api, headers)
      const paid = await createDraftPurchase(api, headers)
      await api.post(`/admin/customer-purchases/${paid.id}/payout`, { lines: [{ method_id: "cash", amount: 155 }] }, { headers })
      const deposit = (
        await api.post(
          "/admin/item-deposits",
          { customer_id: customer.id, variant_id: variant.id, currency_code: "eur", amount_per_unit: 30, payment_method: "cash" },
          { headers }
        )
      ).data.item_deposit
      const P = "/admin/customer-purchases"
      const D = "/admin/item-deposits"

      const bodyRoutes: BodyRoute[] = [
        { method: "post", url: () => P, base: () => ({ customer: { first_name: "A", last_name: "B" }, currency_code: "eur", items: [{ title: "T", unit_price: 1 }] }) },
        { method: "post", url: () => `${P}/${draft.id}`, base: () => ({ notes: "n", seller: { first_name: "S" }, metadata: { a: 1 } }) },
        { method: "post", url: () => `${P}/${draft.id}/items`, base: () => ({ items: [{ title: "T", unit_price: 1, quantity: 1 }] }) },
        { method: "post", url: () => `${P}/${draft.id}/items/${draft.items[0].id}`, base: () => ({ notes: "n", unit_price: 150, quantity: 1 }) },
        { method: "post", url: () => `${P}/${draft.id}/items/${draft.items[1].id}/status`, base: () => ({ status: "testing", note: "n" }) },
        { method: "post", url: () => `${P}/${paid.id}/items/${paid.items[1].id}/stock`, base: () => ({ location_id: location.id, product: { title: "Cable" }, refurbishment_cost: 1 }) },
        { method: "post", url: () => `${P}/${draft.id}/notes`, base: () => ({ note: "n", item_id: draft.items[0].id }) },
        { method: "post", url: () => `${P}/${draft.id}/reveal-id`, base: () => ({ reason: "r" }) },
        { method: "post", url: () => `${P}/${draft.id}/payout`, base: () => ({ lines: [{ method_id: "cash", amount: 1 }] }) },
        { method: "post", url: () => `${P}/${paid.id}/cancel`, base: () => ({ reason: "r" }) },
        { method: "post", url: () => "/admin/purchase-settings", base: () => ({ default_location_id: location.id, receipt_template: { store_name: "S" } }) },
        { method: "post", url: () => "/admin/purchase-settings/receipt-preview", base: () => ({ receipt_template: { store_name: "S" } }) },
        { method: "post", url: () => D, base: () => ({ customer_id: customer.id, variant_id: variant.id, currency_code: "eur", amount_per_unit: 30, units: 1, payment_method: "cash", expected_at: "2030-01-01" }) },
        { method: "post", url: () => `${D}/${deposit.id}`, base: () => ({ notes: "n", expected_at: "2030-01-01", special_order: true }) },
        { method: "post", url: () => `${D}/${deposit.id}/refund`, base: () => ({ refund_method: "cash" }) },
        { method: "post", url: () => `${D}/${deposit.id}/convert`, base: () => ({ reason: "r" }) },
        { method: "post", url: () => `${D}/${deposit.id}/cancel`, base: () => ({ reason: "r" }) },
      ]

      const failures: string[] = []
      for (const route of bodyRoutes) {
        const keys = Object.keys(route.base())
        await holds(
          fc.asyncProperty(
            fc.constantFrom(...keys, "__extra__"),
            hostile,
            fc.boolean(),
            async (key, value, deep) => {
              const body = route.base()
              const name = key === "__extra__" ? "unexpected_field" : key
              const sent =
                deep && key !== "__extra__"
                  ? // A value nested 5,000 deep: sent as text, JSON.stringify would overflow here.
                    JSON.stringify({ ...body, [name]: 0 }).replace(`"${name}":0`, `"${name}":${deepJson(5000)}`)
                  : { ...body, [name]: value }
              const failure = await check(`POST ${route.url()} ${name}=${deep ? "<deep>" : JSON.stringify(value)?.slice(0, 80)}`,
                () => api.post(route.url(), sent, json(sent)),
                [name])
              if (failure) failures.push(failure)
              return failure === null
            }
          ),
          params
        )
      }

      const queryRoutes: QueryRoute[] = [
        { url: () => P, params: ["limit", "offset", "order", "fields", "q", "status", "customer_id", "item_status", "created_at[$gte]", "created_at[$lt]", "id"] },
        { url: () => `${P}/${draft.id}`, params: ["fields"] },
        { url: () => `${P}/${draft.id}/activity`, params: ["limit", "offset", "item_id", "fields", "order"] },
        { url: () => `${P}/${draft.id}/receipt`, params: [] },
        { url: () => D, params: ["limit", "offset", "order", "fields", "customer_id", "variant_id", "status", "special_order", "created_at[$lte]", "id"] },
        { url: () => `${D}/${deposit.id}`, params: ["fields"] },
        { url: () => `${D}/${deposit.id}/slip`, params: [] },
        { url: () => "/admin/purchase-settings", params: [] },
      ]
      for (const route of queryRoutes) {
        if (!route.params.length) continue
        await holds(
          fc.asyncProperty(fc.constantFrom(...route.params), hostileText, async (param, value) => {
            const url = `${route.url()}?${encodeURIComponent(param).replace(/%5B/g, "[").replace(/%5D/g, "]")}=${encodeURIComponent(value)}`
            const failure = await check(`GET ${url.slice(0, 120)}`, () => api.get(url, { headers }), [param.replace(/\[.*$/, "")])
            if (failure) failures.push(failure)
            return failure === null
          }),
          params
        )
      }

      // Path ids: every route with an id in its path, with a hostile id.
      const pathRoutes: [string, (id: string) => string, unknown?][] = [
        ["get", (id) => `${P}/${id}`],
        ["post", (id) => `${P}/${id}`, { notes: "n" }],
        ["get", (id) => `${P}/${id}/activity`],
        ["get", (id) => `${P}/${id}/receipt`],
        ["post", (id) => `${P}/${draft.id}/items/${id}`, { notes: "n" }],
        ["delete", (id) => `${P}/${draft.id}/items/${id}`],
        ["post", (id) => `${P}/${draft.id}/items/${id}/status`, { status: "testing" }],
        ["get", (id) => `${P}/${draft.id}/attachments/${id}`],
        ["post", (id) => `${P}/${id}/cancel`, {}],
        ["get", (id) => `${D}/${id}`],
        ["post", (id) => `${D}/${id}/convert`, { reason: "r" }],
        ["get", (id) => `${D}/${id}/slip`],
      ]
      for (const [method, url, body] of pathRoutes) {
        await holds(
          fc.asyncProperty(hostileText.filter((id) => id.length > 0 && id !== "." && id !== ".."), async (id) => {
            const target = url(encodeURIComponent(id))
            const send = () =>
              method === "post" ? api.post(target, body, { headers }) : (api as any)[method](target, { headers })
            const failure = await check(`${method.toUpperCase()} ${target.slice(0, 120)}`, send, ["id", "path"])
            if (failure) failures.push(failure)
            return failure === null
          }),
          params
        )
      }

      expect(failures).toEqual([])
    })

    it("never answers 5xx on the store routes and writes nothing when it refuses", async () => {
      const container = getContainer()
      const apiKey = await container.resolve(Modules.API_KEY).createApiKeys({ title: "Shop", type: "publishable", created_by: "test" })
      const pk = { "x-publishable-api-key": apiKey.token }
      const email = "fuzz-shopper@example.com"
      const { data: registered } = await api.post("/auth/customer/emailpass/register", { email, password: "secret-password" })
      await api.post("/store/customers", { email }, { headers: { ...pk, authorization: `Bearer ${registered.token}` } })
      const { data: login } = await api.post("/auth/customer/emailpass", { email, password: "secret-password" })
      const shopper = { ...pk, authorization: `Bearer ${login.token}` }

      const failures: string[] = []
      await holds(
        fc.asyncProperty(fc.constantFrom("claim_code", "__extra__"), hostile, async (key, value) => {
          const name = key === "__extra__" ? "unexpected_field" : key
          const body = { claim_code: "AAAA-BBBB-CCCC", [name]: value }
          const failure = await check(
            `POST claim ${name}=${JSON.stringify(value)?.slice(0, 80)}`,
            () => api.post("/store/customers/me/item-deposits/claim", body, { headers: { ...shopper, "content-type": "application/json" }, transformRequest: [() => JSON.stringify(body)] }),
            [name]
          )
          if (failure) failures.push(failure)
          return failure === null
        }),
        params
      )
      await holds(
        fc.asyncProperty(fc.constantFrom("limit", "offset", "order", "fields", "status"), hostileText, async (param, value) => {
          const url = `/store/customers/me/item-deposits?${param}=${encodeURIComponent(value)}`
          const failure = await check(`GET ${url.slice(0, 120)}`, () => api.get(url, { headers: shopper }), [param])
          if (failure) failures.push(failure)
          return failure === null
        }),
        params
      )
      await holds(
        fc.asyncProperty(hostileText.filter((id) => id.length > 0 && id !== "." && id !== ".."), async (id) => {
          const url = `/store/carts/${encodeURIComponent(id)}/item-deposits`
          const failure = await check(`POST ${url.slice(0, 120)}`, () => api.post(url, {}, { headers: shopper }), ["id", "path"])
          if (failure) failures.push(failure)
          return failure === null
        }),
        params
      )
      expect(failures).toEqual([])
    })
  },
})
