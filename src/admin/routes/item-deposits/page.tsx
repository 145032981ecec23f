import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Receipt } from "@medusajs/icons"
import { DepositListTable } from "../../components/item-deposits/list/deposit-list-table"

const ItemDepositsPage = () => <DepositListTable />

export const config = defineRouteConfig({
  label: "Item Deposits",
  icon: Receipt,
  // No `nested`: a top-level sidebar entry, always visible (nested under
  // Orders it showed only while Orders was expanded).
  rank: 2,
})

export const handle = {
  breadcrumb: () => "Item Deposits",
}

export default ItemDepositsPage
