import { amountForApi, currencyDigits, isNegativeAmount, toMinorUnits } from "../../common/money"
import type { StockItemBody } from "../types"
import type { ProductSummary, VariantSummary } from "../../../hooks/lookups"

/** What the item becomes in the catalogue. */
export type StockMode = "existing_variant" | "new_variant" | "new_product"

export type StockDraft = {
  location_id: string
  mode: StockMode
  variant: VariantSummary | null
  product: ProductSummary | null
  variant_title: string
  sku: string
  price: string
  product_title: string
  refurbishment_cost: string
  /** A new product's sales channels (prefilled from the settings, else the store's default). */
  sales_channel_ids: string[]
}

export type StockErrors = Partial<Record<keyof StockDraft, string>>

export function validateStockDraft(draft: StockDraft, currencyCode: string): StockErrors {
  const errors: StockErrors = {}
  const digits = currencyDigits(currencyCode)
  if (!draft.location_id) errors.location_id = "Choose the stock location."
  if (draft.mode === "existing_variant" && !draft.variant) {
    errors.variant = "Choose the variant the item is sold as."
  }
  if (draft.mode === "new_variant") {
    if (!draft.product) errors.product = "Choose the product to add a variant to."
    if (!draft.variant_title.trim()) errors.variant_title = "Enter the variant's title."
  }
  if (draft.mode === "new_product" && !draft.product_title.trim()) {
    errors.product_title = "Enter the product's title."
  }
  if (draft.mode === "new_product" && !draft.sales_channel_ids.length) {
    errors.sales_channel_ids = "Choose at least one sales channel, or no storefront will show the product."
  }
  if (draft.mode !== "existing_variant") {
    const price = toMinorUnits(draft.price, digits)
    if (!draft.price.trim()) errors.price = "Enter the selling price."
    else if (isNegativeAmount(draft.price)) errors.price = "The price cannot be negative."
    else if (price === null || price < 0)
      errors.price = `Enter an amount with at most ${digits} decimals.`
  }
  if (
    draft.refurbishment_cost.trim() &&
    (isNegativeAmount(draft.refurbishment_cost) ||
      toMinorUnits(draft.refurbishment_cost, digits) === null)
  ) {
    errors.refurbishment_cost = `Enter an amount of 0 or more, with at most ${digits} decimals.`
  }
  return errors
}

export function stockDraftToBody(draft: StockDraft, currencyCode: string): StockItemBody {
  const prices = [{ amount: Number(amountForApi(draft.price || "0")), currency_code: currencyCode }]
  // A new product's variant has no title field in the form: sent without
  // one, the backend calls it "Default variant" as core does and names its
  // inventory item after the product.
  const productVariant = { sku: draft.sku.trim() || null, prices }
  const variant = { ...productVariant, title: draft.variant_title.trim() || undefined }
  return {
    location_id: draft.location_id,
    ...(draft.refurbishment_cost.trim() && {
      refurbishment_cost: amountForApi(draft.refurbishment_cost),
    }),
    ...(draft.mode === "existing_variant" && { variant_id: draft.variant!.id }),
    ...(draft.mode === "new_variant" && { product_id: draft.product!.id, variant }),
    ...(draft.mode === "new_product" && {
      sales_channel_ids: draft.sales_channel_ids,
      product: {
        title: draft.product_title.trim(),
        status: "published" as const,
        variant: productVariant,
      },
    }),
  }
}
