import { defineLink } from "@medusajs/framework/utils"
import CustomerModule from "@medusajs/medusa/customer"
import ItemDepositModule from "../modules/item-deposit"

/** Read-only link on the deposit's customer_id: query.graph joins the customer. */
export default defineLink(
  { linkable: ItemDepositModule.linkable.itemDeposit, field: "customer_id" },
  CustomerModule.linkable.customer,
  { readOnly: true }
)
