import type { PurchaseActivityInput } from "../../customer-purchase/steps/create-purchase-activities"

type Hold = {
  id: string
  purchase_id: string
  item_id: string
  release_at: Date | string
  days: number
  quantity: number
  rule?: unknown
}

/** An activity entry for each hold placed at stocking. */
export function holdPlacedActivities(holds: Hold[], actorId?: string | null): PurchaseActivityInput[] {
  return holds.map((hold) => ({
    purchase_id: hold.purchase_id,
    item_id: hold.item_id,
    type: "hold_placed",
    actor_id: actorId ?? null,
    data: {
      hold_id: hold.id,
      release_at: new Date(hold.release_at).toISOString(),
      days: hold.days,
      quantity: hold.quantity,
      rule: hold.rule ?? null,
    },
  }))
}
