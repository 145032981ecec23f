import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { DetailWidgetProps, HttpTypes } from "@medusajs/framework/types"
import { VariantDepositsSection } from "../components/widgets/variant-deposits-section"

/** Variant page: active deposits and special orders for this variant. */
const ProductVariantItemDepositsWidget = ({ data }: DetailWidgetProps<HttpTypes.AdminProductVariant>) => (
  <VariantDepositsSection variantId={data.id} />
)

export const config = defineWidgetConfig({
  zone: "product_variant.details.after",
  id: "buybacks:product-variant-item-deposits",
})

export default ProductVariantItemDepositsWidget
