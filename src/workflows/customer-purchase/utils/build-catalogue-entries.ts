export type NewVariantInput = {
  title?: string
  sku?: string | null
  options?: Record<string, string>
  prices?: { amount: number; currency_code: string }[]
}

export type NewProductInput = {
  title: string
  status?: "draft" | "published"
  description?: string | null
  variant?: NewVariantInput
}

type BoughtItem = { title: string; serial_number?: string | null }

/** Medusa's admin gives option-less products this single option too. */
const DEFAULT_OPTION = { title: "Default option", value: "Default option value" }
/** ...and titles their only variant so. */
export const DEFAULT_VARIANT_TITLE = "Default variant"

/**
 * A variant for one bought item. A serialised item makes a one-off variant,
 * so its serial is a natural SKU unless the merchant chose one.
 */
export function buildNewVariant(
  productId: string | undefined,
  variant: NewVariantInput | undefined,
  item: BoughtItem
) {
  return {
    ...(productId && { product_id: productId }),
    title: variant?.title ?? item.title,
    sku: variant?.sku ?? item.serial_number ?? undefined,
    manage_inventory: true,
    options: variant?.options,
    prices: variant?.prices ?? [],
  }
}

/** Where and how the product is sold (see resolve-stocking-catalogue). */
export type NewProductSale = {
  sales_channel_ids: string[]
  shipping_profile_id: string | null
}

export function buildNewProduct(
  product: NewProductInput,
  item: BoughtItem,
  sale: NewProductSale = { sales_channel_ids: [], shipping_profile_id: null }
) {
  return {
    title: product.title,
    description: product.description ?? undefined,
    status: product.status ?? "draft",
    sales_channels: sale.sales_channel_ids.map((id) => ({ id })),
    ...(sale.shipping_profile_id && { shipping_profile_id: sale.shipping_profile_id }),
    options: [{ title: DEFAULT_OPTION.title, values: [DEFAULT_OPTION.value] }],
    variants: [
      {
        ...buildNewVariant(
          undefined,
          { ...product.variant, title: product.variant?.title ?? DEFAULT_VARIANT_TITLE },
          item
        ),
        options: { [DEFAULT_OPTION.title]: DEFAULT_OPTION.value },
      },
    ],
  }
}
