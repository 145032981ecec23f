import { Select, StatusBadge, toast } from "@medusajs/ui"
import { useState } from "react"
import { errorMessage } from "../../common/error-message"
import { ReasonPrompt } from "../../common/reason-prompt"
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

/** What the prompt says for a final status: it cannot be undone, so a reason is required. */
const FINAL_PROMPTS: Record<string, { title: (item: string) => string; confirm: string; consequence: string }> = {
  scrapped: {
    title: (item) => `Scrap ${item}?`,
    confirm: "Scrap item",
    consequence: "A scrapped item cannot be stocked or moved to another stage afterwards.",
  },
  returned_to_seller: {
    title: (item) => `Return ${item} to the seller?`,
    confirm: "Return to seller",
    consequence: "A returned item cannot be stocked or moved to another stage afterwards.",
  },
}

/**
 * Moves an item through the refurbishment stages; once paid out it can also
 * be scrapped or returned to the seller. Every move is confirmed in a prompt
 * that takes a note for the activity log in the same action; the final ones
 * (irreversible) require a reason. Final statuses are shown, not edited.
 */
export const ItemStageSelect = ({ purchase, item, stages }: ItemStageSelectProps) => {
  const update = useUpdatePurchaseItemStatus(purchase.id)
  const [target, setTarget] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)

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

  const final = target ? FINAL_PROMPTS[target] : undefined
  const targetLabel = target ? itemStatusLabel(target, stages) : ""
  const apply = (note: string) => {
    if (!target) return
    setError(null)
    update.mutate(
      { itemId: item.id, status: target, ...(note && { note }) },
      {
        onSuccess: () => {
          toast.success(`${item.title}: ${targetLabel}`)
          setTarget(null)
        },
        onError: (err) => setError(errorMessage(err)),
      },
    )
  }

  return (
    <>
      <Select
        size="small"
        value={item.status}
        disabled={update.isPending}
        onValueChange={(status) => {
          if (status === item.status) return
          setError(null)
          setTarget(status)
        }}
      >
        <Select.Trigger aria-label={`Stage of ${item.title}`} className="w-36 gap-x-1">
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
      <ReasonPrompt
        open={!!target}
        onOpenChange={(open) => !open && setTarget(null)}
        title={final ? final.title(item.title) : `Move ${item.title} to ${targetLabel}?`}
        description={
          final
            ? `${final.consequence} The reason goes into the purchase's activity log.`
            : "The note, if any, goes into the purchase's activity log with the move."
        }
        confirmLabel={final ? final.confirm : "Move"}
        variant={final ? "danger" : "confirmation"}
        reasonRequired={!!final}
        reasonLabel={final ? "Reason" : "Note"}
        isPending={update.isPending}
        error={error}
        onConfirm={apply}
      />
    </>
  )
}
