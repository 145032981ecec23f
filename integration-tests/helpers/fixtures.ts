import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createProductsWorkflow } from "@medusajs/medusa/core-flows"

export async function createStockLocation(container: MedusaContainer, name = "Back room") {
  return container.resolve(Modules.STOCK_LOCATION).createStockLocations({ name })
}

/** A product with one variant that manages inventory. */
export async function createPhoneProduct(container: MedusaContainer) {
  const { result } = await createProductsWorkflow(container).run({
    input: {
      products: [
        {
          title: "Refurbished phone",
          status: "published",
          options: [{ title: "Storage", values: ["64 GB", "128 GB"] }],
          variants: [
            {
              title: "64 GB",
              sku: "PHONE-64",
              manage_inventory: true,
              options: { Storage: "64 GB" },
              prices: [{ amount: 199, currency_code: "eur" }],
            },
          ],
        },
      ],
    },
  })
  return { product: result[0], variant: result[0].variants[0] }
}

/** Polls until `check` stops throwing (events are delivered asynchronously). */
export async function eventually<T>(check: () => T | Promise<T>, timeoutMs = 5000) {
  const started = Date.now()
  for (;;) {
    try {
      return await check()
    } catch (error) {
      if (Date.now() - started > timeoutMs) {
        throw error
      }
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
  }
}
