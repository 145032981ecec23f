import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { CUSTOMER_PURCHASE_MODULE } from "../../../modules/customer-purchase"
import type CustomerPurchaseModuleService from "../../../modules/customer-purchase/service"
import { updatePurchaseSettingsWorkflow } from "../../../workflows/customer-purchase"
import { withStateConflicts } from "../../utils/state-conflict"
import type { AdminUpdatePurchaseSettingsType } from "./validators"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const service: CustomerPurchaseModuleService = req.scope.resolve(
    CUSTOMER_PURCHASE_MODULE
  )
  res.json({ purchase_settings: await service.retrieveSettings() })
}

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminUpdatePurchaseSettingsType>,
  res: MedusaResponse
) => {
  const { result } = await withStateConflicts(() =>
    updatePurchaseSettingsWorkflow(req.scope).run({
      input: req.validatedBody as any,
    })
  )
  res.json({ purchase_settings: result })
}
