import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { CUSTOMER_PURCHASE_MODULE } from "../../../../modules/customer-purchase"
import type CustomerPurchaseModuleService from "../../../../modules/customer-purchase/service"

/** Takes a serial off the blocked list (soft delete: the report stays on record). */
export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const service: CustomerPurchaseModuleService = req.scope.resolve(CUSTOMER_PURCHASE_MODULE)
  const [entry] = await service.listBlockedSerials({ id: req.params.id }, { take: 1, select: ["id"] })
  if (!entry) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Blocked serial with id: ${req.params.id} was not found`)
  }
  await service.softDeleteBlockedSerials([entry.id])
  res.json({ id: entry.id, object: "blocked_serial", deleted: true })
}
