import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import ItemDepositModule from "../modules/item-deposit"

/** Read-only link on the deposit's variant_id: query.graph joins the variant. */
export default defineLink(
  { linkable: ItemDepositModule.linkable.itemDeposit, field: "variant_id" },
  ProductModule.linkable.productVariant,
  { readOnly: true }
)
