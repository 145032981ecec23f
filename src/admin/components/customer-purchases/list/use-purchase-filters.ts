import { createDataTableFilterHelper } from "@medusajs/ui"
import { useMemo } from "react"
import { formatDate } from "../../common/dates"
import { FINAL_STATUS_LABELS } from "../item-status-labels"
import { PURCHASE_STATUS_LABELS } from "../purchase-status-badge"
import type { CustomerPurchase, RefurbishmentStage } from "../types"
import { PURCHASE_STATUSES } from "../types"

const filterHelper = createDataTableFilterHelper<CustomerPurchase>()

function daysAgo(days: number): string {
  const date = new Date()
  date.setHours(0, 0, 0, 0)
  date.setDate(date.getDate() - days)
  return date.toISOString()
}

/** Status, item stage and created-date filters of the purchase list. */
export function usePurchaseFilters(stages: RefurbishmentStage[] | undefined) {
  return useMemo(
    () => [
      filterHelper.accessor("status", {
        type: "select",
        label: "Status",
        options: PURCHASE_STATUSES.map((status) => ({
          label: PURCHASE_STATUS_LABELS[status],
          value: status,
        })),
      }),
      filterHelper.accessor("item_status" as any, {
        type: "radio",
        label: "Item status",
        options: [
          ...(stages ?? []).map((stage) => ({ label: stage.label, value: stage.value })),
          ...Object.entries(FINAL_STATUS_LABELS).map(([value, label]) => ({ label, value })),
        ],
      }),
      filterHelper.accessor("created_at", {
        type: "date",
        label: "Created",
        format: "date",
        formatDateValue: (date: Date) => formatDate(date),
        rangeOptionStartLabel: "Starting",
        rangeOptionEndLabel: "Ending",
        rangeOptionLabel: "Custom",
        options: [
          { label: "Today", value: { $gte: daysAgo(0) } },
          { label: "Last 7 days", value: { $gte: daysAgo(7) } },
          { label: "Last 30 days", value: { $gte: daysAgo(30) } },
          { label: "Last 90 days", value: { $gte: daysAgo(90) } },
        ],
      }),
    ],
    [stages],
  )
}
