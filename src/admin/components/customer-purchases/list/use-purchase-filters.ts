import { createDataTableFilterHelper } from "@medusajs/ui"
import { useMemo } from "react"
import { createdSinceOptions, formatDate } from "../../common/dates"
import { FINAL_STATUS_LABELS } from "../item-status-labels"
import { PURCHASE_STATUS_LABELS } from "../purchase-status-badge"
import type { CustomerPurchase, RefurbishmentStage } from "../types"
import { PURCHASE_STATUSES } from "../types"

const filterHelper = createDataTableFilterHelper<CustomerPurchase>()

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
        options: createdSinceOptions(),
      }),
    ],
    [stages],
  )
}
