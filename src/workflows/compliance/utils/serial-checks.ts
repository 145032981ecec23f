import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { CUSTOMER_PURCHASE_MODULE } from "../../../modules/customer-purchase"
import type CustomerPurchaseModuleService from "../../../modules/customer-purchase/service"
import { formatPurchaseNumber } from "../../../utils/purchase-number"
import { serialKey } from "../../../utils/serial-key"

type Container = { resolve: (key: string) => any }

export type BlockedSerialMatch = {
  id: string
  serial_number: string
  serial_key: string
  reason: string
  reference: string | null
  created_at: Date | string
}

/** The blocked-list entries matching any of the serials (compared by serialKey). */
export async function findBlockedSerials(container: Container, serials: string[]): Promise<BlockedSerialMatch[]> {
  const keys = [...new Set(serials.map(serialKey).filter(Boolean))]
  if (!keys.length) {
    return []
  }
  const service: CustomerPurchaseModuleService = container.resolve(CUSTOMER_PURCHASE_MODULE)
  return (await service.listBlockedSerials({ serial_key: keys }, { take: keys.length })) as any
}

export type SerialWarning = {
  serial_number: string
  item_id?: string
  /** The earlier purchases of the same serial, newest first. */
  bought_before: {
    purchase_id: string
    number: string
    status: string
    item_id: string
    item_title: string
    bought_at: Date | string
  }[]
  blocked: BlockedSerialMatch | null
}

/**
 * Which serials were bought before (in another purchase) or are on the
 * blocked list. Earlier items are looked up through the serial index, by
 * the serial as typed and by its bare form (so "35 6938…" finds "356938…"
 * but not the other way round: see README "Compliance").
 */
export async function serialWarnings(
  container: Container,
  entries: { serial_number: string; item_id?: string }[],
  excludePurchaseId?: string
): Promise<SerialWarning[]> {
  const wanted = entries.filter((e) => e.serial_number?.trim())
  if (!wanted.length) {
    return []
  }
  const forms = [...new Set(wanted.flatMap((e) => [e.serial_number.trim(), serialKey(e.serial_number)]))]
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: earlier } = await query.graph({
    entity: "customer_purchase_item",
    fields: ["id", "title", "serial_number", "created_at", "purchase.id", "purchase.display_id", "purchase.status", "purchase.created_at"],
    filters: { serial_number: forms },
    pagination: { take: 200, order: { created_at: "DESC" } },
  })
  const blocked = await findBlockedSerials(container, wanted.map((e) => e.serial_number))
  const warnings: SerialWarning[] = []
  for (const entry of wanted) {
    const key = serialKey(entry.serial_number)
    const bought_before = earlier
      .filter((item: any) => serialKey(item.serial_number ?? "") === key && item.purchase?.id !== excludePurchaseId && item.id !== entry.item_id)
      .map((item: any) => ({
        purchase_id: item.purchase.id,
        number: formatPurchaseNumber(item.purchase.display_id),
        status: item.purchase.status,
        item_id: item.id,
        item_title: item.title,
        bought_at: item.purchase.created_at,
      }))
    const block = blocked.find((b) => b.serial_key === key) ?? null
    if (bought_before.length || block) {
      warnings.push({ serial_number: entry.serial_number, ...(entry.item_id && { item_id: entry.item_id }), bought_before, blocked: block })
    }
  }
  return warnings
}

/** serialWarnings for a purchase's own items (each compared with the other purchases). */
export async function purchaseSerialWarnings(container: Container, purchase: { id: string; items?: { id: string; serial_number?: string | null }[] }) {
  return serialWarnings(
    container,
    (purchase.items ?? [])
      .filter((item) => item.serial_number)
      .map((item) => ({ serial_number: item.serial_number!, item_id: item.id })),
    purchase.id
  )
}
