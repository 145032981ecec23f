import type {
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { CUSTOMER_PURCHASE_MODULE } from "../../../../modules/customer-purchase"
import type CustomerPurchaseModuleService from "../../../../modules/customer-purchase/service"

/** Rejects with a 403 that says how to enable purchasing, until it is enabled. */
export async function assertPurchasingEnabled(scope: MedusaContainer) {
  const service: CustomerPurchaseModuleService = scope.resolve(CUSTOMER_PURCHASE_MODULE)
  const { enabled } = await service.retrieveSettings()
  if (!enabled) {
    throw new MedusaError(
      MedusaError.Types.FORBIDDEN,
      'Purchasing from the public is disabled. Enable it in Settings > Customer purchases, or with POST /admin/purchase-settings {"enabled": true}.'
    )
  }
}

/**
 * Purchase routes answer 403, saying how to enable them, until enabled. The
 * list route (GET /admin/customer-purchases) checks for itself, side by side
 * with its first query (a read: nothing to undo when it is refused).
 */
export async function ensurePurchasingEnabled(
  req: MedusaRequest,
  _res: MedusaResponse,
  next: MedusaNextFunction
) {
  try {
    await assertPurchasingEnabled(req.scope)
  } catch (error) {
    return next(error)
  }
  next()
}
