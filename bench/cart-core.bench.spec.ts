/**
 * Benchmark 3 (a): the cart hot path of bench/cart-plugin.bench.spec.ts on
 * an app WITHOUT the plugin (bench/app-core: the loyalty plugin only).
 */
import path from "path"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { cartRounds, completeRounds, newShopper, seedCartStore } from "./lib/cart-ops"
import { SMOKE, writeResult } from "./lib/measure"

jest.setTimeout(60 * 60 * 1000)

const ITERATIONS = SMOKE ? 5 : 200
const COMPLETIONS = SMOKE ? 3 : 200

medusaIntegrationTestRunner({
  cwd: path.join(__dirname, "app-core"),
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    it("times cart changes and completion without the plugin", async () => {
      const container = getContainer()
      const { seeded, shop, variant } = await seedCartStore(api, container)
      const a = await newShopper(shop, "core")
      const shoppers = { "(a) without the plugin": a }
      const timings = await cartRounds(shoppers, seeded.region.id, variant, ITERATIONS)
      await completeRounds(shoppers, seeded.region.id, variant, COMPLETIONS, timings)
      writeResult("cart-core", { iterations: ITERATIONS, completions: COMPLETIONS, timings })
    })
  },
})
