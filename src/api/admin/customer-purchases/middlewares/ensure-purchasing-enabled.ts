import type {
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { CUSTOMER_PURCHASE_MODULE } from "../../../../modules/customer-purchase"
import type CustomerPurchaseModuleService from "../../../../modules/customer-purchase/service"

/** Purchase routes answer 403, saying how to enable them, until enabled. */
export async function ensurePurchasingEnabled(
  req: MedusaRequest,
  _res: MedusaResponse,
  next: MedusaNextFunction
) {
  const service: CustomerPurchaseModuleService = req.scope.resolve(
    CUSTOMER_PURCHASE_MODULE
  )
  const { enabled } = await service.retrieveSettings()
  if (!enabled) {
    return next(
      new MedusaError(
        MedusaError.Types.FORBIDDEN,
        'Purchasing from the public is disabled. Enable it in Settings > Customer purchases, or with POST /admin/purchase-settings {"enabled": true}.'
      )
    )
  }
  next()
}
