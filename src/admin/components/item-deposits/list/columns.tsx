import { Text, createDataTableColumnHelper } from "@medusajs/ui"
import { useMemo } from "react"
import { customerName, formatDate, formatMoney, variantLabel } from "../format"
import { DepositStatusBadge } from "../shared/deposit-status-badge"
import { SpecialOrderBadge } from "../shared/special-order-badge"
import type { ItemDeposit } from "../types"

const columnHelper = createDataTableColumnHelper<ItemDeposit>()

const TwoLines = ({ top, bottom }: { top: string; bottom?: string | null }) => (
  <div className="flex min-w-0 flex-col">
    <Text size="small" leading="compact" className="truncate">
      {top}
    </Text>
    {bottom && (
      <Text size="xsmall" leading="compact" className="text-ui-fg-muted truncate">
        {bottom}
      </Text>
    )}
  </div>
)

export function useDepositColumns() {
  return useMemo(
    () => [
      columnHelper.accessor("display_id", {
        header: "Deposit",
        enableSorting: true,
        sortLabel: "Number",
        sortAscLabel: "Oldest first",
        sortDescLabel: "Newest first",
        cell: ({ row }) => (
          <Text size="small" weight="plus" leading="compact">
            {row.original.number}
          </Text>
        ),
      }),
      columnHelper.display({
        id: "customer",
        header: "Customer",
        cell: ({ row }) => (
          <TwoLines
            top={customerName(row.original.customer)}
            bottom={row.original.customer?.email}
          />
        ),
      }),
      columnHelper.display({
        id: "variant",
        header: "Product / variant",
        cell: ({ row }) => {
          const variant = row.original.product_variant
          return (
            <TwoLines
              top={variant?.product?.title ?? variantLabel(variant)}
              bottom={[variant?.title, variant?.sku].filter(Boolean).join(" · ")}
            />
          )
        },
      }),
      columnHelper.display({
        id: "amount",
        header: "Amount",
        cell: ({ row }) => {
          const { amount_per_unit, units, currency_code, total_amount } = row.original
          return (
            <TwoLines
              top={`${formatMoney(amount_per_unit, currency_code)} × ${units}`}
              bottom={`${formatMoney(total_amount, currency_code)} paid`}
            />
          )
        },
      }),
      columnHelper.display({
        id: "remaining",
        header: "Remaining",
        cell: ({ row }) => {
          const { remaining_amount, remaining_units, currency_code } = row.original
          return (
            <TwoLines
              top={formatMoney(remaining_amount, currency_code)}
              bottom={`${remaining_units} ${remaining_units === 1 ? "unit" : "units"}`}
            />
          )
        },
      }),
      columnHelper.accessor("status", {
        header: "Status",
        cell: ({ row }) => (
          <div className="flex flex-wrap items-center gap-1">
            <DepositStatusBadge status={row.original.status} />
            {row.original.special_order && (
              <SpecialOrderBadge
                expectedAt={row.original.expected_at}
                note={row.original.special_order_note}
              />
            )}
          </div>
        ),
      }),
      columnHelper.accessor("created_at", {
        header: "Created",
        enableSorting: true,
        sortLabel: "Created",
        sortAscLabel: "Oldest first",
        sortDescLabel: "Newest first",
        cell: ({ getValue }) => (
          <Text size="small" leading="compact" className="text-nowrap">
            {formatDate(getValue())}
          </Text>
        ),
      }),
    ],
    []
  )
}
