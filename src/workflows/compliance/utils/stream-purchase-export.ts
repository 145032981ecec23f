import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { CUSTOMER_PURCHASE_MODULE } from "../../../modules/customer-purchase"
import type CustomerPurchaseModuleService from "../../../modules/customer-purchase/service"
import { csvRow } from "../../../utils/csv"
import { EXPORT_PRESETS, type ExportPreset, type ExportPurchase } from "./export-columns"

type Container = { resolve: (key: string) => any }

export const EXPORT_BATCH = 200

const FIELDS = [
  "id", "display_id", "paid_at", "currency_code", "status",
  "seller_first_name", "seller_last_name", "seller_address", "seller_phone", "seller_date_of_birth",
  "id_document_type", "id_document_number", "id_document_expires_at",
  "items.id", "items.title", "items.serial_number", "items.quantity", "items.unit_price", "items.condition",
  "payout.lines.method_name",
]

export type ExportRange = {
  from?: Date | null
  to?: Date | null
  preset: ExportPreset
  actor_id?: string | null
  /** Purchases read per query (tests use a small one to cross batch edges). */
  batch_size?: number
}

/**
 * The purchases paid out in the range (paid and completed ones), as CSV, a
 * batch at a time: keyset pages of EXPORT_BATCH purchases by (paid_at, id),
 * so memory stays flat whatever the range. Each batch's full ID numbers are
 * logged as reveals (one `id_revealed` entry per purchase) before the batch
 * is written. `write` returns a promise that resolves when the consumer can
 * take more (backpressure).
 */
export async function streamPurchaseExport(
  container: Container,
  range: ExportRange,
  write: (chunk: string) => Promise<void>
) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const service: CustomerPurchaseModuleService = container.resolve(CUSTOMER_PURCHASE_MODULE)
  const columns = EXPORT_PRESETS[range.preset]
  await write(csvRow(columns.map((c) => c.header)))

  const paidAt = {
    $ne: null,
    ...(range.from && { $gte: range.from }),
    ...(range.to && { $lte: range.to }),
  }
  const take = range.batch_size ?? EXPORT_BATCH
  let after: { paid_at: Date; id: string } | null = null
  let purchases = 0
  let rows = 0
  for (;;) {
    const filters: Record<string, unknown> = {
      status: ["paid", "completed"],
      paid_at: paidAt,
      ...(after && {
        $or: [{ paid_at: { $gt: after.paid_at } }, { paid_at: after.paid_at, id: { $gt: after.id } }],
      }),
    }
    const { data } = await query.graph({
      entity: "customer_purchase",
      fields: FIELDS,
      filters,
      pagination: { take, order: { paid_at: "ASC", id: "ASC" } },
    })
    if (!data.length) {
      return { purchases, rows }
    }
    const batch: ExportPurchase[] = (data as ExportPurchase[]).map((p) => ({ ...p, id_document_number: service.openIdNumber(p.id_document_number) }))
    const revealed = batch.filter((p) => p.id_document_number)
    if (revealed.length) {
      await service.createPurchaseActivities(
        revealed.map((p) => ({
          purchase_id: p.id,
          type: "id_revealed",
          actor_id: range.actor_id ?? null,
          note: "Included in a regulator export",
          data: { export: { preset: range.preset, from: range.from ?? null, to: range.to ?? null } },
        })) as any
      )
    }
    let chunk = ""
    for (const purchase of batch) {
      for (const item of purchase.items ?? []) {
        chunk += csvRow(columns.map((c) => c.value({ purchase, item })))
        rows++
      }
    }
    await write(chunk)
    purchases += batch.length
    const last = batch[batch.length - 1]
    after = { paid_at: new Date(last.paid_at), id: last.id }
    if (batch.length < take) {
      return { purchases, rows }
    }
  }
}
