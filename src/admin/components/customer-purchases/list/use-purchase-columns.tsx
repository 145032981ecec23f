import { createDataTableColumnHelper, Text } from "@medusajs/ui"
import { useMemo } from "react"
import { formatDate } from "../../common/dates"
import { formatAmount } from "../../common/money"
import { sellerName } from "../item-status-labels"
import { PurchaseStatusBadge } from "../purchase-status-badge"
import type { CustomerPurchase } from "../types"

const columnHelper = createDataTableColumnHelper<CustomerPurchase>()

function customerLabel(purchase: CustomerPurchase): string {
  const customer = purchase.customer
  if (!customer) {
    return "-"
  }
  const name = [customer.first_name, customer.last_name].filter(Boolean).join(" ")
  return name || customer.email || "-"
}

export function usePurchaseColumns() {
  return useMemo(
    () => [
      columnHelper.accessor("display_id", {
        header: "Purchase",
        enableSorting: true,
        sortLabel: "Number",
        sortAscLabel: "Oldest first",
        sortDescLabel: "Newest first",
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
        cell: ({ row }) => <span className="text-ui-fg-subtle">{customerLabel(row.original)}</span>,
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
      columnHelper.accessor("created_at", {
        header: "Created",
        enableSorting: true,
        sortLabel: "Created",
        sortAscLabel: "Oldest first",
        sortDescLabel: "Newest first",
        cell: ({ row }) => formatDate(row.original.created_at),
      }),
    ],
    [],
  )
}
