/**
 * Benchmark 2: the reconciliation job (release-abandoned-deposit-applications)
 * at 1,000 and then 100,000 applications of placed orders (status consumed).
 * It reads only held applications through a partial index, so its time must
 * not grow with the number of orders that deposits paid for.
 */
import path from "path"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { TEST_APP_DIR } from "../integration-tests/http/utils"
import { median, SMOKE, time, writeResult } from "./lib/measure"
import { sqlCapture } from "./lib/sql-capture"

jest.setTimeout(30 * 60 * 1000)

const SMALL = 1_000
const LARGE = SMOKE ? 5_000 : 100_000
const HELD = 20
const RUNS = SMOKE ? 10 : 50

const SERVER = path.join(__dirname, "..", ".medusa", "server", "src")

medusaIntegrationTestRunner({
  cwd: TEST_APP_DIR,
  inApp: true,
  testSuite: ({ getContainer, dbConnection }) => {
    it("keeps the job's query flat from 1,000 to 100,000 consumed applications", async () => {
      const container = getContainer()
      const job = require(path.join(SERVER, "jobs", "release-abandoned-deposit-applications")).default
      const service: any = container.resolve("item_deposit")

      await dbConnection.raw(
        `insert into item_deposit (id, customer_id, variant_id, currency_code, amount_per_unit, raw_amount_per_unit, units,
                                   status, payment_method, claim_code)
         select 'idep_rec' || lpad(i::text, 7, '0'), 'cus_rec' || i, 'variant_rec', 'eur', 50,
                '{"value":"50","precision":20}', 1, 'consumed', 'card', md5('rec' || i)
         from generate_series(1, ?::int) i`,
        [SMALL]
      )
      const addApplications = (from: number, to: number) =>
        dbConnection.raw(
          `insert into item_deposit_application (id, cart_id, order_id, status, amount, raw_amount, deposit_id, created_at, updated_at)
           select 'idap_rec' || lpad(i::text, 7, '0'), 'cart_rec' || i, 'order_rec' || i, 'consumed', 50,
                  '{"value":"50","precision":20}', 'idep_rec' || lpad((1 + i % ?::int)::text, 7, '0'),
                  now() - i * interval '1 minute', now() - i * interval '1 minute'
           from generate_series(?::int, ?::int) i`,
          [SMALL, from, to]
        )
      await addApplications(1, SMALL)
      // Checkouts in progress right now: held, but younger than the job's
      // 15 minutes, so the job reads them and leaves them (repeatable runs).
      await dbConnection.raw(
        `insert into item_deposit_application (id, cart_id, status, amount, raw_amount, deposit_id)
         select 'idap_held' || i, 'cart_held' || i, 'held', 50, '{"value":"50","precision":20}', 'idep_rec' || lpad(i::text, 7, '0')
         from generate_series(1, ?::int) i`,
        [HELD]
      )
      await dbConnection.raw(`analyze item_deposit_application`)

      const query = () => service.listHeldApplications({ updated_before: new Date(Date.now() + 60_000) })
      const measure = async () => ({
        job: median(await time(() => job(container), { runs: RUNS, warmup: 3 })),
        query: median(await time(query, { runs: RUNS, warmup: 3 })),
      })
      const held = await query()
      if (held.length !== HELD) throw new Error(`expected ${HELD} held applications, read ${held.length}`)

      const small = await measure()
      await addApplications(SMALL + 1, LARGE)
      await dbConnection.raw(`analyze item_deposit_application`)
      const large = await measure()

      const capture = sqlCapture(container)
      const [q] = await capture.during(query, ["item_deposit_application"])
      const plan = await capture.explain(q)

      writeResult("reconciliation", {
        small: SMALL,
        large: LARGE,
        held: HELD,
        runs: RUNS,
        small_job_ms: small.job,
        large_job_ms: large.job,
        small_query_ms: small.query,
        large_query_ms: large.query,
        job_ratio: large.job / small.job,
        query_ratio: large.query / small.query,
        sql: q.sql,
        plan,
      })
      console.log(`reconciliation: job ${small.job.toFixed(2)} → ${large.job.toFixed(2)} ms, query ${small.query.toFixed(2)} → ${large.query.toFixed(2)} ms\n${plan}`)
    })
  },
})
