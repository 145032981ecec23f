import { once } from "events"
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { CUSTOMER_PURCHASE_MODULE } from "../../../../../modules/customer-purchase"
import type CustomerPurchaseModuleService from "../../../../../modules/customer-purchase/service"
import { csvRow } from "../../../../../utils/csv"
import { formatPurchaseNumber } from "../../../../../utils/purchase-number"
import type { AdminGetMarginsReportType } from "../../margins-validators"
import { marginsFilters } from "../filters"

const BATCH = 500

const HEADER = [
  "Date",
  "Entry",
  "Order",
  "Reason",
  "Purchase",
  "Item",
  "Serial",
  "Condition",
  "Status",
  "Currency",
  "Net revenue",
  "Unit cost",
  "Margin",
]

/**
 * The sale ledger behind the margins report as CSV: one row per sale or
 * reversal in the range (same filters as the report), streamed a page at a
 * time (keyset on the indexed occurred_at), honouring back-pressure.
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const service: CustomerPurchaseModuleService = req.scope.resolve(CUSTOMER_PURCHASE_MODULE)
  const filters = await marginsFilters(req.scope, req.validatedQuery as unknown as AdminGetMarginsReportType)
  const write = async (chunk: string) => {
    if (!res.write(chunk)) {
      await once(res, "drain")
    }
  }
  res.status(200)
  res.setHeader("Content-Type", "text/csv; charset=utf-8")
  res.setHeader("Content-Disposition", `attachment; filename="margins-${new Date().toISOString().slice(0, 10)}.csv"`)
  res.setHeader("Cache-Control", "private, no-store")
  await write(csvRow(HEADER))
  let after: { occurred_at: Date; id: string } | null = null
  for (;;) {
    const rows = await service.listMarginsLedgerPage(filters, after, BATCH)
    if (!rows.length) {
      break
    }
    await write(
      rows
        .map((row) =>
          csvRow([
            new Date(row.occurred_at).toISOString(),
            row.kind,
            row.order_id,
            row.reason,
            formatPurchaseNumber(row.purchase_display_id),
            row.title,
            row.serial_number,
            row.condition,
            row.status,
            row.currency_code.toUpperCase(),
            row.amount,
            row.unit_cost,
            row.margin,
          ])
        )
        .join("")
    )
    const last = rows[rows.length - 1]
    after = { occurred_at: last.occurred_at, id: last.id }
    if (rows.length < BATCH) {
      break
    }
  }
  res.end()
}
