import { defineLink } from "@medusajs/framework/utils"
import CustomerModule from "@medusajs/medusa/customer"
import CustomerPurchaseModule from "../modules/customer-purchase"

/**
 * Read-only link on the purchase's own customer_id column: query.graph can
 * join a purchase's customer (and a customer's purchases) without a link
 * table to keep in sync.
 */
export default defineLink(
  {
    linkable: CustomerPurchaseModule.linkable.customerPurchase,
    field: "customer_id",
  },
  CustomerModule.linkable.customer,
  { readOnly: true }
)
