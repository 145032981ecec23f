import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createItemDepositWorkflow } from "../../../workflows/item-deposit"
import { refetchItemDeposit, withComputedFrom, withRemaining } from "./helpers"
import type { AdminCreateItemDepositType, AdminGetItemDepositsParamsType } from "./validators"

export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetItemDepositsParamsType>,
  res: MedusaResponse
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "item_deposit",
    fields: withComputedFrom(req.queryConfig.fields),
    filters: req.filterableFields,
    pagination: req.queryConfig.pagination,
  })
  res.json({
    item_deposits: await withRemaining(req.scope, data),
    count: metadata!.count,
    offset: metadata!.skip,
    limit: metadata!.take,
  })
}

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminCreateItemDepositType>,
  res: MedusaResponse
) => {
  const { result } = await createItemDepositWorkflow(req.scope).run({
    input: { ...req.validatedBody, actor_id: req.auth_context.actor_id },
  })
  const item_deposit = await refetchItemDeposit(result.id, req.scope, req.queryConfig.fields)
  res.status(201).json({ item_deposit })
}
