import { once } from "events"
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { streamPurchaseExport } from "../../../../workflows/compliance/utils/stream-purchase-export"
import type { AdminExportCustomerPurchasesType } from "../compliance-validators"

/**
 * The police / regulator export (README "Compliance"): CSV of the purchases
 * paid out between `from` and `to`, one row per item, streamed in batches.
 * It carries full ID numbers, so every purchase in it is logged as a reveal.
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { from, to, preset } = req.validatedQuery as unknown as AdminExportCustomerPurchasesType
  const stamp = new Date().toISOString().slice(0, 10)
  res.status(200)
  res.setHeader("Content-Type", "text/csv; charset=utf-8")
  res.setHeader("Content-Disposition", `attachment; filename="purchases-${preset}-${stamp}.csv"`)
  res.setHeader("Cache-Control", "private, no-store")
  await streamPurchaseExport(
    req.scope,
    { from: from ?? null, to: to ?? null, preset, actor_id: req.auth_context.actor_id },
    async (chunk) => {
      if (!res.write(chunk)) {
        await once(res, "drain")
      }
    }
  )
  res.end()
}
