import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { serialWarnings } from "../../../../workflows/compliance/utils/serial-checks"

/**
 * What the admin's item form asks while a serial is typed: was it bought
 * before (when, in which purchase), is it on the blocked list.
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { serial_number } = req.validatedQuery as { serial_number: string }
  const [warning] = await serialWarnings(req.scope, [{ serial_number }])
  res.json({
    serial_number,
    bought_before: warning?.bought_before ?? [],
    blocked: warning?.blocked ?? null,
  })
}
