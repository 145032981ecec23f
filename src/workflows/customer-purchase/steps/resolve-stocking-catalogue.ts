import { ContainerRegistrationKeys, MathBN, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { PurchaseSettingsDTO } from "../../../types/customer-purchase"

type Price = { amount: number; currency_code: string }

export type ResolveStockingCatalogueStepInput = {
  /** The sales channels the merchant picked in the stock drawer. */
  sales_channel_ids?: string[] | null
  /** The prices sent for the variant to create (new variant or new product). */
  prices?: Price[] | null
  /** Added to the price paid to give the unit cost. */
  refurbishment_cost?: number | string | null
  item: {
    unit_price: number | string
    refurbishment_cost?: number | string | null
    purchase: { currency_code: string }
  }
  settings: PurchaseSettingsDTO
}

export type ResolvedStockingCatalogue = {
  sales_channel_ids: string[]
  prices: Price[]
  /** The store's default shipping profile, if it has one. */
  shipping_profile_id: string | null
}

export const resolveStockingCatalogueStepId = "resolve-stocking-catalogue"

/**
 * What a product or variant created by stocking needs to be sellable online:
 * - sales channels: the ones picked, else the settings' defaults, else the
 *   store's default channel (a product in no channel is invisible to every
 *   storefront). Unknown ids are a 400 naming `sales_channel_ids`.
 * - a price in the purchase's currency: the one sent, else the unit cost
 *   (price paid + refurbishment), so the variant is at least purchasable at
 *   no loss; the admin's drawer always asks for a selling price.
 * - a shipping profile: the store's default one, as core's product form
 *   preselects (a product with none cannot complete a checkout: "The cart
 *   items require shipping profiles that are not satisfied").
 * Reads only, so nothing to compensate.
 */
export const resolveStockingCatalogueStep = createStep(
  resolveStockingCatalogueStepId,
  async (input: ResolveStockingCatalogueStepInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const requested = input.sales_channel_ids ?? input.settings.default_sales_channel_ids
    let sales_channel_ids: string[] = []
    if (requested?.length) {
      const { data } = await query.graph({
        entity: "sales_channel",
        fields: ["id"],
        filters: { id: requested },
      })
      const found = new Set(data.map((c: { id: string }) => c.id))
      const missing = requested.filter((id) => !found.has(id))
      if (missing.length) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `sales_channel_ids: sales channel ${missing.join(", ")} was not found`
        )
      }
      sales_channel_ids = requested
    } else if (!input.sales_channel_ids) {
      // Not an explicit empty list: fall back to the store's default channel.
      const { data } = await query.graph({
        entity: "store",
        fields: ["default_sales_channel_id"],
      })
      const fallback = data[0]?.default_sales_channel_id
      sales_channel_ids = fallback ? [fallback] : []
    }

    const currency = input.item.purchase.currency_code.toLowerCase()
    const prices = [...(input.prices ?? [])]
    if (!prices.some((p) => p.currency_code.toLowerCase() === currency)) {
      const refurbishment = input.refurbishment_cost ?? input.item.refurbishment_cost ?? 0
      prices.push({
        amount: MathBN.convert(MathBN.add(input.item.unit_price, refurbishment)).toNumber(),
        currency_code: currency,
      })
    }
    const { data: profiles } = await query.graph({
      entity: "shipping_profile",
      fields: ["id"],
      filters: { type: "default" },
    })
    const shipping_profile_id: string | null = profiles[0]?.id ?? null

    return new StepResponse<ResolvedStockingCatalogue>({ sales_channel_ids, prices, shipping_profile_id })
  }
)
