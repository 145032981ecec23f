import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { CUSTOMER_PURCHASE_MODULE } from "../../../../../modules/customer-purchase"
import type CustomerPurchaseModuleService from "../../../../../modules/customer-purchase/service"

/** The purchase's hold periods: one per held item, with its release date and any police hold. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const service: CustomerPurchaseModuleService = req.scope.resolve(CUSTOMER_PURCHASE_MODULE)
  const [purchase] = await service.listCustomerPurchases({ id: req.params.id }, { take: 1, select: ["id"] })
  if (!purchase) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Customer purchase with id: ${req.params.id} was not found`)
  }
  const holds = await service.listPurchaseHolds(
    { purchase_id: req.params.id },
    { order: { created_at: "ASC" }, take: null as any }
  )
  res.json({ holds })
}
