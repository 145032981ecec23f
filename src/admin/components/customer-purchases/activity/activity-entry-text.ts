import type { PurchaseActivity, RefurbishmentStage } from "../types"
import { itemStatusLabel } from "../item-status-labels"

const TYPE_LABELS: Record<string, string> = {
  created: "Purchase created",
  updated: "Purchase updated",
  note: "Note",
  item_added: "Item added",
  item_updated: "Item updated",
  item_removed: "Item removed",
  status_changed: "Stage changed",
  attachment_added: "Attachment added",
  id_revealed: "ID number revealed",
  paid_out: "Paid out",
  stocked: "Stocked",
  cancelled: "Purchase cancelled",
  completed: "Purchase completed",
  // Compliance (README "Compliance").
  hold_placed: "Hold period started",
  hold_released: "Hold period ended",
  police_hold_placed: "Police hold placed",
  police_hold_lifted: "Police hold lifted",
  serial_block_overridden: "Blocked serial bought (override)",
  legal_hold_set: "Legal hold set",
  legal_hold_cleared: "Legal hold cleared",
  id_purged: "ID data purged (retention)",
  // Margins (README "Margins per bought unit").
  cost_added: "Refurbishment cost added",
  sold: "Sold",
  sale_reversed: "Sale reversed",
}

/** The headline of one activity entry. */
export function activityTitle(entry: PurchaseActivity): string {
  return TYPE_LABELS[entry.type] ?? entry.type.replace(/_/g, " ")
}

/** "Received → Testing" for status changes, when both ends are known. */
export function activityTransition(
  entry: PurchaseActivity,
  stages: RefurbishmentStage[] | undefined,
): string | null {
  if (!entry.from_status && !entry.to_status) return null
  const from = entry.from_status ? itemStatusLabel(entry.from_status, stages) : "–"
  const to = entry.to_status ? itemStatusLabel(entry.to_status, stages) : "–"
  return `${from} → ${to}`
}
