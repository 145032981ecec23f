import { StatusBadge } from "@medusajs/ui"
import type { PurchaseStatus } from "./types"

const COLORS: Record<PurchaseStatus, "grey" | "blue" | "green" | "red"> = {
  draft: "grey",
  paid: "blue",
  completed: "green",
  cancelled: "red",
}

export const PURCHASE_STATUS_LABELS: Record<PurchaseStatus, string> = {
  draft: "Draft",
  paid: "Paid",
  completed: "Completed",
  cancelled: "Cancelled",
}

export const PurchaseStatusBadge = ({ status }: { status: PurchaseStatus }) => (
  <StatusBadge color={COLORS[status] ?? "grey"}>
    {PURCHASE_STATUS_LABELS[status] ?? status}
  </StatusBadge>
)
