import type { PurchaseActivityInput } from "../../customer-purchase/steps/create-purchase-activities"
import { serialKey } from "../../../utils/serial-key"
import type { BlockedSerialMatch } from "./serial-checks"

/** One log entry per blocked serial bought under an override, on the item that has it. */
export function overrideActivities(
  purchaseId: string,
  blocked: BlockedSerialMatch[],
  items: { id: string; serial_number?: string | null }[],
  override: { reason: string } | null | undefined,
  actorId?: string | null
): PurchaseActivityInput[] {
  if (!override || !blocked.length) {
    return []
  }
  return blocked.map((entry) => ({
    purchase_id: purchaseId,
    item_id: items.find((item) => item.serial_number && serialKey(item.serial_number) === entry.serial_key)?.id ?? null,
    type: "serial_block_overridden",
    actor_id: actorId ?? null,
    note: override.reason,
    data: {
      serial_number: entry.serial_number,
      blocked_serial_id: entry.id,
      blocked_reason: entry.reason,
      blocked_reference: entry.reference,
    },
  }))
}
