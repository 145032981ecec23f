import type { PurchaseSettingsDTO } from "../../../types/customer-purchase"

export type PurchaseItemInput = {
  title: string
  variant_id?: string | null
  serial_number?: string | null
  condition?: string | null
  quantity?: number
  unit_price: number | string
  refurbishment_cost?: number | string
  notes?: string | null
  metadata?: Record<string, unknown> | null
}

/**
 * New items start in the first refurbishment stage the merchant defined, and
 * keep the order they were entered in (`rank`; items added to an existing
 * purchase are ranked after its others by the service).
 */
export function buildPurchaseItems(
  items: PurchaseItemInput[],
  settings: PurchaseSettingsDTO,
  purchaseId?: string
) {
  return items.map((item, index) => ({
    ...item,
    rank: index,
    quantity: item.quantity ?? 1,
    status: settings.stages[0]?.value ?? "received",
    ...(purchaseId && { purchase_id: purchaseId }),
  }))
}
