import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Receipt } from "@medusajs/icons"
import { DepositListTable } from "../../components/item-deposits/list/deposit-list-table"

const ItemDepositsPage = () => <DepositListTable />

export const config = defineRouteConfig({
  label: "Item Deposits",
  icon: Receipt,
  nested: "/orders",
})

export const handle = {
  breadcrumb: () => "Item Deposits",
}

export default ItemDepositsPage
