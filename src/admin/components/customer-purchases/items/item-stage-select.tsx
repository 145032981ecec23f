import { Select, StatusBadge, toast } from "@medusajs/ui"
import { errorMessage } from "../../common/error-message"
import { useUpdatePurchaseItemStatus } from "../../../hooks/customer-purchase-items"
import { FINAL_STATUS_LABELS, isFinalItemStatus, itemStatusLabel } from "../item-status-labels"
import type { CustomerPurchase, PurchaseItem, RefurbishmentStage } from "../types"

type ItemStageSelectProps = {
  purchase: CustomerPurchase
  item: PurchaseItem
  stages: RefurbishmentStage[]
}

const FINAL_COLORS: Record<string, "green" | "red" | "orange"> = {
  stocked: "green",
  scrapped: "red",
  returned_to_seller: "orange",
}

/**
 * Moves an item through the refurbishment stages; once paid out it can also
 * be scrapped or returned to the seller. Final statuses are shown, not edited.
 */
export const ItemStageSelect = ({ purchase, item, stages }: ItemStageSelectProps) => {
  const update = useUpdatePurchaseItemStatus(purchase.id)

  if (isFinalItemStatus(item.status) || purchase.status === "cancelled") {
    return (
      <StatusBadge color={FINAL_COLORS[item.status] ?? "grey"}>
        {itemStatusLabel(item.status, stages)}
      </StatusBadge>
    )
  }

  const options = [
    ...stages,
    // An item in a stage since removed from the settings still shows it.
    ...(stages.some((s) => s.value === item.status)
      ? []
      : [{ value: item.status, label: itemStatusLabel(item.status, stages) }]),
    ...(purchase.status === "paid"
      ? ["scrapped", "returned_to_seller"].map((value) => ({
          value,
          label: FINAL_STATUS_LABELS[value],
        }))
      : []),
  ]

  return (
    <Select
      size="small"
      value={item.status}
      disabled={update.isPending}
      onValueChange={(status) =>
        status !== item.status &&
        update.mutate(
          { itemId: item.id, status },
          {
            onSuccess: () => toast.success(`${item.title}: ${itemStatusLabel(status, stages)}`),
            onError: (error) => toast.error(errorMessage(error)),
          },
        )
      }
    >
      <Select.Trigger aria-label={`Stage of ${item.title}`} className="w-32 gap-x-1">
        <Select.Value className="truncate" />
      </Select.Trigger>
      <Select.Content>
        {options.map((option) => (
          <Select.Item key={option.value} value={option.value}>
            {option.label}
          </Select.Item>
        ))}
      </Select.Content>
    </Select>
  )
}
