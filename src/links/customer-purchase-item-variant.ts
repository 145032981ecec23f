import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import CustomerPurchaseModule from "../modules/customer-purchase"

/**
 * Read-only link on the item's variant_id: the variant a bought item is (or
 * will be) sold as, joinable with query.graph.
 */
export default defineLink(
  {
    linkable: CustomerPurchaseModule.linkable.customerPurchaseItem,
    field: "variant_id",
  },
  ProductModule.linkable.productVariant,
  { readOnly: true }
)
