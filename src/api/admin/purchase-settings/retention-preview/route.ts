import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { purgeExpiredIdData } from "../../../../workflows/compliance/utils/purge-expired-id-data"

/** Dry run of the retention purge: what the next run would purge, changing nothing. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const purchases = await purgeExpiredIdData(req.scope, { dry_run: true })
  res.json({ purchases, count: purchases.length })
}
