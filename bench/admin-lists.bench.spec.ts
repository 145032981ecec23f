/**
 * Benchmark 1: the admin lists at store scale. Bulk-inserts (SQL, not HTTP)
 * purchases with their items, deposits with their payment ledger rows, and
 * customers, then times the first page of each filter of
 * GET /admin/customer-purchases and GET /admin/item-deposits against the
 * first page of GET /admin/customers, measured in the same rounds (ratio =
 * our median / the core list's median). Every query a filter produces is
 * captured and EXPLAINed; sequential scans on large tables are reported.
 */
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { createAdminHeaders } from "../integration-tests/helpers/admin"
import { createPhoneProduct } from "../integration-tests/helpers/fixtures"
import { enablePurchasing, TEST_APP_DIR } from "../integration-tests/http/utils"
import { median, percentile, SMOKE, writeResult } from "./lib/measure"
import { seqScans, sqlCapture } from "./lib/sql-capture"

jest.setTimeout(60 * 60 * 1000)

const N = SMOKE ? 2_000 : 100_000
const ROUNDS = SMOKE ? 3 : 15
const TABLES = [
  "customer",
  "customer_purchase",
  "customer_purchase_item",
  "item_deposit",
  "item_deposit_transaction",
  "item_deposit_application",
]

/**
 * The fields the admin's purchase list asks for (LIST_FIELDS in
 * src/admin/hooks/customer-purchases.ts): what a merchant's list page costs,
 * next to the default (every field, attachments and payout included).
 */
const ADMIN_LIST_FIELDS = [
  "id",
  "display_id",
  "status",
  "currency_code",
  "seller_first_name",
  "seller_last_name",
  "created_at",
  "items.*",
  "customer.id",
  "customer.email",
  "customer.first_name",
  "customer.last_name",
].join(",")

const pad = (i: number, n = 7) => String(i).padStart(n, "0")
const customerId = (i: number) => `cus_bench${pad(i)}`
const serial = (n: number) => `IMEI${pad(n, 11)}`

async function bulkInsert(db: any, variantId: string) {
  await db.raw(
    `insert into customer (id, email, first_name, last_name, has_account, created_at, updated_at)
     select 'cus_bench' || lpad(i::text, 7, '0'), 'c' || i || '@bench.test', 'First' || i, 'Last' || i, false,
            now() - i * interval '3 minutes', now() - i * interval '3 minutes'
     from generate_series(1, ?) i`,
    [N]
  )
  // Purchase i: customer i; 85% completed, 5% each paid / draft / cancelled.
  await db.raw(
    `insert into customer_purchase (id, status, customer_id, currency_code, seller_first_name, seller_last_name,
                                    seller_email, id_document_type, id_document_last4, created_at, updated_at)
     select 'cpur_bench' || lpad(i::text, 7, '0'),
            case when i % 20 = 0 then 'paid' when i % 20 = 1 then 'draft' when i % 20 = 2 then 'cancelled' else 'completed' end,
            'cus_bench' || lpad(i::text, 7, '0'), 'eur', 'Sam' || (i % 1000), 'Seller' || i, 'c' || i || '@bench.test',
            'passport', lpad((i % 10000)::text, 4, '0'),
            now() - i * interval '5 minutes', now() - i * interval '5 minutes'
     from generate_series(1, ?) i order by i desc`,
    [N]
  )
  await db.raw(
    `insert into customer_purchase_item (id, title, serial_number, condition, quantity, unit_price, raw_unit_price,
                                         status, purchase_id, created_at, updated_at)
     select 'cpitem_bench' || lpad(i::text, 7, '0') || '_' || k, 'Phone ' || k, 'IMEI' || lpad((i * 3 + k)::text, 11, '0'),
            'good', 1, 100, '{"value":"100","precision":20}',
            (array['received','testing','refurbishing','ready','stocked','stocked','stocked','stocked','scrapped','returned_to_seller'])[1 + (i * 3 + k) % 10],
            'cpur_bench' || lpad(i::text, 7, '0'),
            now() - i * interval '5 minutes', now() - i * interval '5 minutes'
     from generate_series(1, ?) i, generate_series(0, 2) k`,
    [N]
  )
  // Deposit i: customer i; 15% active, 75% consumed, the rest closed; 3% special orders.
  await db.raw(
    `insert into item_deposit (id, customer_id, variant_id, currency_code, amount_per_unit, raw_amount_per_unit, units,
                               status, payment_method, special_order, claim_code, created_at, updated_at)
     select 'idep_bench' || lpad(i::text, 7, '0'), 'cus_bench' || lpad(i::text, 7, '0'), ?, 'eur', 50,
            '{"value":"50","precision":20}', 1,
            case when i % 20 < 3 then 'active' when i % 20 = 3 then 'converted' when i % 20 = 4 then 'refunded'
                 when i % 20 = 5 then 'cancelled' else 'consumed' end,
            'card', i % 33 = 0, md5('claim' || i), now() - i * interval '5 minutes', now() - i * interval '5 minutes'
     from generate_series(1, ?) i order by i desc`,
    [variantId, N]
  )
  await db.raw(
    `insert into item_deposit_transaction (id, type, amount, raw_amount, deposit_id, created_at, updated_at)
     select 'idtx_bench' || lpad(i::text, 7, '0'), 'payment', 50, '{"value":"50","precision":20}',
            'idep_bench' || lpad(i::text, 7, '0'), now() - i * interval '5 minutes', now() - i * interval '5 minutes'
     from generate_series(1, ?) i`,
    [N]
  )
  // As autovacuum would have by then in a store: statistics and the
  // visibility map (index-only scans, e.g. for counts).
  await db.raw(`vacuum analyze`)
}

medusaIntegrationTestRunner({
  cwd: TEST_APP_DIR,
  inApp: true,
  testSuite: ({ api, getContainer, dbConnection }) => {
    it("times the admin lists against the core customer list", async () => {
      const container = getContainer()
      const { headers } = await createAdminHeaders(container)
      await enablePurchasing(api, headers)
      const { variant } = await createPhoneProduct(container)

      const seedStarted = Date.now()
      await bulkInsert(dbConnection, variant.id)
      const seedSeconds = (Date.now() - seedStarted) / 1000

      const mid = Math.floor(N / 2)
      const { rows } = await dbConnection.raw(
        `select min(display_id) as min from customer_purchase`
      )
      const midDisplayId = Number(rows[0].min) + mid
      const day = (daysAgo: number) => new Date(Date.now() - daysAgo * 86400_000).toISOString()
      // 5 minutes apart: a 3-day window is ~860 rows at full size.
      const range = `created_at[$gte]=${day(Math.min(40, N / 300))}&created_at[$lte]=${day(Math.min(37, N / 300 - 3))}`

      const baseline = { name: "core: customers", path: "/admin/customers" }
      const cases = [
        { name: "purchases: no filter", path: "/admin/customer-purchases" },
        { name: "purchases: the admin's list page", path: `/admin/customer-purchases?fields=${ADMIN_LIST_FIELDS}` },
        { name: "purchases: status=draft", path: "/admin/customer-purchases?status=draft" },
        { name: "purchases: customer_id", path: `/admin/customer-purchases?customer_id=${customerId(mid)}` },
        { name: "purchases: item_status=testing", path: "/admin/customer-purchases?item_status=testing" },
        { name: "purchases: created_at range", path: `/admin/customer-purchases?${range}` },
        { name: "purchases: q=number", path: `/admin/customer-purchases?q=P-${midDisplayId}` },
        { name: "purchases: q=seller name", path: `/admin/customer-purchases?q=Seller${mid}` },
        { name: "purchases: q=serial", path: `/admin/customer-purchases?q=${serial(mid * 3 + 1)}` },
        { name: "deposits: no filter", path: "/admin/item-deposits" },
        { name: "deposits: status=active", path: "/admin/item-deposits?status=active" },
        { name: "deposits: customer_id", path: `/admin/item-deposits?customer_id=${customerId(mid)}` },
        { name: "deposits: created_at range", path: `/admin/item-deposits?${range}` },
        { name: "deposits: special_order=true", path: "/admin/item-deposits?special_order=true" },
        {
          name: "deposits: special orders, active",
          path: "/admin/item-deposits?special_order=true&status=active",
        },
      ]
      const all = [baseline, ...cases]

      const get = async (path: string) => {
        const res = await api.get(path, { headers })
        if (res.status !== 200) throw new Error(`${path} → ${res.status}`)
        return res.data
      }

      // Sanity: every case answers something (a filter that matches nothing
      // would time an empty page).
      const counts: Record<string, number> = {}
      for (const c of all) {
        const data = await get(c.path)
        counts[c.name] = data.count
      }

      // Warm-up, then rounds: each round times every case once, so the
      // baseline and the cases see the same machine load.
      for (const c of all) await get(c.path)
      const times: Record<string, number[]> = Object.fromEntries(all.map((c) => [c.name, []]))
      for (let r = 0; r < ROUNDS; r++) {
        for (const c of all) {
          const started = performance.now()
          await get(c.path)
          times[c.name].push(performance.now() - started)
        }
      }

      // The SQL each case runs, EXPLAINed (ANALYZE) on the same data.
      const capture = sqlCapture(container)
      const plans: Record<string, { sql: string; plan: string; seqScans: string[] }[]> = {}
      for (const c of all) {
        const queries = await capture.during(() => get(c.path), TABLES)
        plans[c.name] = []
        for (const q of queries) {
          const plan = await capture.explain(q)
          plans[c.name].push({ sql: q.sql, plan, seqScans: seqScans(plan, TABLES) })
        }
      }

      const base = median(times[baseline.name])
      const results = all.map((c) => ({
        name: c.name,
        path: c.path,
        count: counts[c.name],
        median_ms: median(times[c.name]),
        p95_ms: percentile(times[c.name], 95),
        ratio: median(times[c.name]) / base,
        seq_scans: [...new Set(plans[c.name].flatMap((p) => p.seqScans))],
        queries: plans[c.name],
      }))
      writeResult("admin-lists", { n: N, rounds: ROUNDS, seed_seconds: seedSeconds, results })
      for (const r of results) {
        console.log(
          `${r.name.padEnd(36)} ${r.ratio.toFixed(2)}x  median ${r.median_ms.toFixed(1)} ms  count ${r.count}  seq: ${r.seq_scans.join(",") || "-"}`
        )
      }
    })
  },
})
