/**
 * Benchmark 3 (b, c): the cart hot path on the test app (plugin loaded):
 * (b) a customer with no deposits, (c) a customer whose deposits put 1-3
 * deposit credit lines on the cart. bench/cart-core.bench.spec.ts measures
 * (a), the same app without the plugin, in the same run.
 */
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { createAdminHeaders } from "../integration-tests/helpers/admin"
import { createDeposit, depositLines } from "../integration-tests/helpers/deposits"
import { TEST_APP_DIR } from "../integration-tests/http/utils"
import { cartRounds, completeRounds, newShopper, seedCartStore } from "./lib/cart-ops"
import { SMOKE, writeResult } from "./lib/measure"

jest.setTimeout(60 * 60 * 1000)

const ITERATIONS = SMOKE ? 5 : 200
const COMPLETIONS = SMOKE ? 3 : 200

medusaIntegrationTestRunner({
  cwd: TEST_APP_DIR,
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    it("times cart changes and completion with and without deposit lines", async () => {
      const container = getContainer()
      const { seeded, shop, variant } = await seedCartStore(api, container)
      const { headers } = await createAdminHeaders(container)

      const b = await newShopper(shop, "nodeposits")
      const c = await newShopper(shop, "deposits")
      const deposit = (variant_id: string) =>
        createDeposit(api, headers, { customer_id: c.customer.id, variant_id, amount_per_unit: 30, units: 1 })
      for (const k of ["A", "B", "C"]) await deposit(variant(k))

      let firstCompletion = true
      const expected: Record<string, number> = { add: 3, update: 3, delete: 2, "update cart": 2 }
      const shoppers = {
        "(b) no deposits": {
          ...b,
          check: (cart: any, step: string) => {
            if (step !== "complete" && depositLines(cart).length) throw new Error(`(b) has deposit lines after ${step}`)
          },
        },
        "(c) 1-3 deposit lines": {
          ...c,
          // The first cart is paid by the deposits made above; each later
          // one by two new deposits (the earlier ones were consumed).
          beforeComplete: async (variants: string[]) => {
            if (firstCompletion) {
              firstCompletion = false
              return
            }
            for (const v of variants) await deposit(v)
          },
          check: (cart: any, step: string) => {
            const lines = depositLines(cart).length
            if (step === "complete" ? lines < 1 || lines > 3 : lines !== expected[step]) {
              throw new Error(`(c) has ${lines} deposit lines after ${step}`)
            }
          },
        },
      }
      const timings = await cartRounds(shoppers, seeded.region.id, variant, ITERATIONS)
      await completeRounds(shoppers, seeded.region.id, variant, COMPLETIONS, timings)
      writeResult("cart-plugin", { iterations: ITERATIONS, completions: COMPLETIONS, timings })
    })
  },
})
