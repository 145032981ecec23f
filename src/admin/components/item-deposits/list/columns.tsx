import { Text, clx, createDataTableColumnHelper } from "@medusajs/ui"
import { useMemo } from "react"
import { variantLabel } from "../format"
import { CREATED_COLUMN, SORT_BY_AGE } from "../../common/list-table"
import { formatAmount } from "../../common/money"
import { customerName } from "../../common/names"
import { DepositStatusBadge } from "../shared/deposit-status-badge"
import { SpecialOrderBadge } from "../shared/special-order-badge"
import type { ItemDeposit } from "../types"

const columnHelper = createDataTableColumnHelper<ItemDeposit>()

type TwoLinesProps = {
  top: string
  bottom?: string | null
  /** Caps the column: longer names are cut with "…" (full text on hover). */
  className?: string
}

const TwoLines = ({ top, bottom, className }: TwoLinesProps) => (
  <div className={clx("flex min-w-0 flex-col", className)}>
    <Text size="small" leading="compact" className="truncate" title={top}>
      {top}
    </Text>
    {bottom && (
      <Text size="xsmall" leading="compact" className="text-ui-fg-muted truncate" title={bottom}>
        {bottom}
      </Text>
    )}
  </div>
)

/** `narrow`: below 1280 px, where the table must fit beside the open sidebar. */
export function useDepositColumns(narrow = false) {
  return useMemo(
    () => [
      columnHelper.accessor("display_id", {
        header: "Deposit",
        sortLabel: "Number",
        ...SORT_BY_AGE,
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
            className={narrow ? "max-w-[120px]" : "max-w-[180px]"}
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
              className={narrow ? "max-w-[150px]" : "max-w-[200px]"}
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
              top={`${formatAmount(amount_per_unit, currency_code)} × ${units}`}
              bottom={`${formatAmount(total_amount, currency_code)} paid`}
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
              top={formatAmount(remaining_amount, currency_code)}
              bottom={`${remaining_units} ${remaining_units === 1 ? "unit" : "units"}`}
            />
          )
        },
      }),
      columnHelper.accessor("status", {
        header: "Status",
        cell: ({ row }) => (
          <div className="flex flex-col items-start gap-1">
            <DepositStatusBadge status={row.original.status} />
            {row.original.special_order && (
              <SpecialOrderBadge
                expectedAt={row.original.expected_at}
                note={row.original.special_order_note}
                compact={narrow}
              />
            )}
          </div>
        ),
      }),
      columnHelper.accessor("created_at", CREATED_COLUMN),
    ],
    [narrow]
  )
}
