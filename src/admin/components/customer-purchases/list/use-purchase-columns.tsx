import { createDataTableColumnHelper, Text } from "@medusajs/ui"
import { useMemo } from "react"
import { CREATED_COLUMN, SORT_BY_AGE } from "../../common/list-table"
import { formatAmount } from "../../common/money"
import { customerName } from "../../common/names"
import { sellerName } from "../item-status-labels"
import { PurchaseStatusBadge } from "../purchase-status-badge"
import type { CustomerPurchase } from "../types"

const columnHelper = createDataTableColumnHelper<CustomerPurchase>()

export function usePurchaseColumns() {
  return useMemo(
    () => [
      columnHelper.accessor("display_id", {
        header: "Purchase",
        sortLabel: "Number",
        ...SORT_BY_AGE,
        cell: ({ row }) => (
          <Text size="small" weight="plus">
            {row.original.number}
          </Text>
        ),
      }),
      columnHelper.accessor("seller_last_name", {
        header: "Seller",
        enableSorting: true,
        sortLabel: "Seller",
        sortAscLabel: "A-Z",
        sortDescLabel: "Z-A",
        cell: ({ row }) => sellerName(row.original),
      }),
      columnHelper.display({
        id: "customer",
        header: "Customer",
        cell: ({ row }) => <span className="text-ui-fg-subtle">{customerName(row.original.customer)}</span>,
      }),
      columnHelper.display({
        id: "items",
        header: "Items",
        cell: ({ row }) =>
          (row.original.items ?? []).reduce((sum, item) => sum + (item.quantity ?? 0), 0),
      }),
      columnHelper.accessor("total", {
        header: "Total",
        headerAlign: "right",
        align: "right",
        cell: ({ row }) => formatAmount(row.original.total ?? 0, row.original.currency_code),
      }),
      columnHelper.accessor("status", {
        header: "Status",
        enableSorting: true,
        sortLabel: "Status",
        cell: ({ row }) => <PurchaseStatusBadge status={row.original.status} />,
      }),
      columnHelper.accessor("created_at", CREATED_COLUMN),
    ],
    [],
  )
}
