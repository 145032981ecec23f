import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ShoppingBag } from "@medusajs/icons"
import { PurchaseListTable } from "../../components/customer-purchases/list/purchase-list-table"

/** Customer Purchases (top-level in the sidebar): everything bought from the public. */
const CustomerPurchasesPage = () => <PurchaseListTable />

export const config = defineRouteConfig({
  label: "Customer Purchases",
  icon: ShoppingBag,
  // No `nested`: a top-level sidebar entry, always visible (nested under
  // Orders it showed only while Orders was expanded).
  rank: 1,
})

export const handle = {
  breadcrumb: () => "Customer Purchases",
}

export default CustomerPurchasesPage
