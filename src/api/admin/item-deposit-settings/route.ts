import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { ITEM_DEPOSIT_MODULE } from "../../../modules/item-deposit"
import type ItemDepositModuleService from "../../../modules/item-deposit/service"
import { updateItemDepositSettingsWorkflow } from "../../../workflows/item-deposit"
import type { AdminUpdateItemDepositSettingsType } from "./validators"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const service: ItemDepositModuleService = req.scope.resolve(ITEM_DEPOSIT_MODULE)
  res.json({ item_deposit_settings: await service.retrieveDepositSettings() })
}

export const POST = async (req: AuthenticatedMedusaRequest<AdminUpdateItemDepositSettingsType>, res: MedusaResponse) => {
  const service: ItemDepositModuleService = req.scope.resolve(ITEM_DEPOSIT_MODULE)
  const next = { ...(await service.retrieveDepositSettings()), ...req.validatedBody }
  if (next.online_min_percent > next.online_max_percent) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Invalid request: online_min_percent: must not be more than online_max_percent (${next.online_max_percent})`
    )
  }
  const { result } = await updateItemDepositSettingsWorkflow(req.scope).run({ input: req.validatedBody })
  res.json({ item_deposit_settings: result })
}
