/**
 * Benchmark 5: stocking 1,000 bought items. The plugin's batch workflow
 * (stockCustomerPurchaseItemsWorkflow: 1,000 paid items, each linked to its
 * own variant, each getting a new inventory level at the location) against
 * what core does for the same stock: createInventoryItemsWorkflow for 1,000
 * items, then batchInventoryItemLevelsWorkflow creating their 1,000 levels.
 * Rounds alternate core and plugin on fresh data, so both see the same load.
 * The one-item workflow (what the admin's "Stock" button runs) is timed on a
 * sample too, per item, to show what stocking 1,000 items one by one costs.
 *
 * BENCH_PROFILE=1 prints how long each step of the batch workflow took (from
 * the steps' start times); BENCH_ROUNDS and BENCH_ONE_BY_ONE shorten a run.
 */
import path from "path"
import { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import {
  batchInventoryItemLevelsWorkflow,
  createInventoryItemsWorkflow,
  createProductsWorkflow,
} from "@medusajs/medusa/core-flows"
import { performance } from "perf_hooks"
import { createStockLocation } from "../integration-tests/helpers/fixtures"
import { TEST_APP_DIR } from "../integration-tests/http/utils"
import { median, SMOKE, writeResult } from "./lib/measure"

jest.setTimeout(60 * 60 * 1000)

const ITEMS = SMOKE ? 20 : 1_000
const ROUNDS = SMOKE ? 1 : Number(process.env.BENCH_ROUNDS ?? 3)
const ONE_BY_ONE = SMOKE ? 5 : Number(process.env.BENCH_ONE_BY_ONE ?? 50)
const PER_PURCHASE = 100
const VARIANTS_PER_PRODUCT = 100

// The app runs the BUILT plugin; its workflows are the ones registered there.
const workflows = require(path.join(__dirname, "..", ".medusa", "server", "src", "workflows"))

let batchNo = 0

/** `count` variants that manage inventory (each with its own inventory item, no level yet). */
async function createVariants(container: MedusaContainer, count: number) {
  const tag = `s${++batchNo}`
  const ids: string[] = []
  for (let start = 0; start < count; start += VARIANTS_PER_PRODUCT) {
    const values = Array.from({ length: Math.min(VARIANTS_PER_PRODUCT, count - start) }, (_, i) => `${tag}-${start + i}`)
    const { result } = await createProductsWorkflow(container).run({
      input: {
        products: [
          {
            title: `Bought phones ${tag}-${start}`,
            status: "published",
            options: [{ title: "Serial", values }],
            variants: values.map((v) => ({
              title: v,
              sku: `BOUGHT-${v}`,
              manage_inventory: true,
              options: { Serial: v },
              prices: [{ amount: 199, currency_code: "eur" }],
            })),
          },
        ],
      },
    })
    ids.push(...result[0].variants.map((v: any) => v.id))
  }
  return ids
}

/** Paid purchases of PER_PURCHASE items each, one item per variant. */
async function createPaidItems(container: MedusaContainer, variantIds: string[]) {
  const items: { purchase_id: string; item_id: string }[] = []
  for (let start = 0; start < variantIds.length; start += PER_PURCHASE) {
    const chunk = variantIds.slice(start, start + PER_PURCHASE)
    const { result: purchase } = await workflows.createCustomerPurchaseWorkflow(container).run({
      input: {
        customer: { first_name: "Bulk", last_name: `Seller ${batchNo}-${start}` },
        currency_code: "eur",
        items: chunk.map((variant_id, i) => ({
          title: `Phone ${start + i}`,
          variant_id,
          serial_number: `SN-${batchNo}-${start + i}`,
          unit_price: 40,
        })),
      },
    })
    await workflows.payOutCustomerPurchaseWorkflow(container).run({
      input: { purchase_id: purchase.id, lines: [{ method_id: "cash", amount: 40 * chunk.length }] },
    })
    const { data } = await container.resolve("query").graph({
      entity: "customer_purchase_item",
      fields: ["id"],
      filters: { purchase_id: purchase.id },
    })
    items.push(...data.map((item: any) => ({ purchase_id: purchase.id, item_id: item.id })))
  }
  return items
}

async function timeMs(fn: () => Promise<unknown>) {
  const started = performance.now()
  await fn()
  return performance.now() - started
}

medusaIntegrationTestRunner({
  cwd: TEST_APP_DIR,
  inApp: true,
  testSuite: ({ getContainer }) => {
    it(`stocks ${ITEMS} bought items about as fast as core creates their inventory`, async () => {
      const container = getContainer()
      const location = await createStockLocation(container, "Bench warehouse")
      const inventory = container.resolve(Modules.INVENTORY)

      const core: number[] = []
      const plugin: number[] = []
      const setupStarted = performance.now()
      for (let round = 0; round < ROUNDS; round++) {
        const items = await createPaidItems(container, await createVariants(container, ITEMS))

        core.push(
          await timeMs(async () => {
            const { result: created } = await createInventoryItemsWorkflow(container).run({
              input: {
                items: Array.from({ length: ITEMS }, (_, i) => ({
                  sku: `CORE-${round}-${i}`,
                  title: `Core item ${round}-${i}`,
                })),
              },
            })
            await batchInventoryItemLevelsWorkflow(container).run({
              input: {
                create: created.map((item: any) => ({
                  inventory_item_id: item.id,
                  location_id: location.id,
                  stocked_quantity: 1,
                })),
                update: [],
                delete: [],
              },
            })
          })
        )

        let run: any
        plugin.push(
          await timeMs(async () => {
            run = await workflows.stockCustomerPurchaseItemsWorkflow(container).run({
              input: { items: items.map((item) => ({ ...item, location_id: location.id })) },
            })
          })
        )
        if (process.env.BENCH_PROFILE) {
          const steps = Object.values(run.transaction.getFlow().steps as Record<string, any>)
            .filter((s) => s.startedAt)
            .sort((a, b) => a.startedAt - b.startedAt)
          console.log(steps.map((s, i) => `${s.definition.action} +${(steps[i + 1]?.startedAt ?? Date.now()) - s.startedAt}`).join("\n"))
        }

        // What was timed did what it says: every item stocked with 1 unit.
        const levels = await inventory.listInventoryLevels({ location_id: location.id }, { select: ["id", "stocked_quantity"] })
        if (levels.length !== 2 * ITEMS * (round + 1) || levels.some((l: any) => Number(l.stocked_quantity) !== 1)) {
          throw new Error(`round ${round}: expected ${2 * ITEMS * (round + 1)} levels of 1 unit, found ${levels.length}`)
        }
      }

      // The one-item workflow, per item, on a sample.
      const sample = await createPaidItems(container, await createVariants(container, ONE_BY_ONE))
      const single: number[] = []
      for (const item of sample) {
        single.push(
          await timeMs(() =>
            workflows.stockCustomerPurchaseItemWorkflow(container).run({
              input: { ...item, location_id: location.id },
            })
          )
        )
      }
      const seconds = (performance.now() - setupStarted) / 1000

      const result = {
        items: ITEMS,
        rounds: ROUNDS,
        core_ms: core,
        plugin_ms: plugin,
        core_median_ms: median(core),
        plugin_median_ms: median(plugin),
        ratio: median(plugin) / median(core),
        one_by_one_sample: ONE_BY_ONE,
        one_by_one_median_ms: median(single),
        one_by_one_ratio: (median(single) * ITEMS) / median(core),
        seconds,
      }
      writeResult("stocking", result)
      console.log(
        `stocking ${ITEMS}: core ${median(core).toFixed(0)} ms, plugin batch ${median(plugin).toFixed(0)} ms ` +
          `(${result.ratio.toFixed(2)}x); one by one ${median(single).toFixed(1)} ms an item (${result.one_by_one_ratio.toFixed(1)}x)`
      )
    })
  },
})
