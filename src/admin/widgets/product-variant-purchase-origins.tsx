import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { DetailWidgetProps, HttpTypes } from "@medusajs/framework/types"
import { VariantPurchaseOriginsSection } from "../components/widgets/variant-purchase-origins-section"

/** Variant page: which purchases (P-numbers) its stock was bought in, at what unit cost. */
const ProductVariantPurchaseOriginsWidget = ({ data }: DetailWidgetProps<HttpTypes.AdminProductVariant>) => (
  <VariantPurchaseOriginsSection variantId={data.id} />
)

export const config = defineWidgetConfig({
  zone: "product_variant.details.after",
  id: "buybacks:product-variant-purchase-origins",
})

export default ProductVariantPurchaseOriginsWidget
