import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ShoppingBag } from "@medusajs/icons"
import { PurchaseListTable } from "../../components/customer-purchases/list/purchase-list-table"

/** Orders > Customer Purchases: everything bought from the public. */
const CustomerPurchasesPage = () => <PurchaseListTable />

export const config = defineRouteConfig({
  label: "Customer Purchases",
  icon: ShoppingBag,
  nested: "/orders",
})

export const handle = {
  breadcrumb: () => "Customer Purchases",
}

export default CustomerPurchasesPage
