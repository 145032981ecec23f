import type { RefurbishmentStage } from "./types"

export const FINAL_STATUS_LABELS: Record<string, string> = {
  stocked: "Stocked",
  scrapped: "Scrapped",
  returned_to_seller: "Returned to seller",
}

/** What to show for an item status: the stage's label, or a final status. */
export function itemStatusLabel(status: string, stages: RefurbishmentStage[] | undefined): string {
  return (
    FINAL_STATUS_LABELS[status] ??
    stages?.find((stage) => stage.value === status)?.label ??
    status.replace(/_/g, " ").replace(/^./, (c) => c.toUpperCase())
  )
}

export function isFinalItemStatus(status: string): boolean {
  return status in FINAL_STATUS_LABELS
}

export function conditionLabel(condition: string | null): string {
  if (!condition) {
    return "-"
  }
  return condition.replace(/_/g, " ").replace(/^./, (c) => c.toUpperCase())
}

export function sellerName(purchase: {
  seller_first_name?: string | null
  seller_last_name?: string | null
}): string {
  return [purchase.seller_first_name, purchase.seller_last_name].filter(Boolean).join(" ") || "-"
}
