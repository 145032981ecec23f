import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { updateItemDepositWorkflow } from "../../../../workflows/item-deposit"
import { withStateConflicts } from "../../../utils/state-conflict"
import { refetchItemDeposit } from "../helpers"
import type { AdminUpdateItemDepositType } from "../validators"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const item_deposit = await refetchItemDeposit(req.params.id, req.scope, req.queryConfig.fields)
  res.json({ item_deposit })
}

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminUpdateItemDepositType>,
  res: MedusaResponse
) => {
  await withStateConflicts(() =>
    updateItemDepositWorkflow(req.scope).run({
      input: { id: req.params.id, ...req.validatedBody },
    })
  )
  const item_deposit = await refetchItemDeposit(req.params.id, req.scope, req.queryConfig.fields)
  res.json({ item_deposit })
}
