import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createItemDepositWorkflow } from "../../../workflows/item-deposit"
import { refetchItemDeposit, withComputedFrom, withRemaining } from "./helpers"
import { readLinkedRecords, splitLinkedFields } from "../../utils/linked-records"
import type { AdminCreateItemDepositType, AdminGetItemDepositsParamsType } from "./validators"

const LINKS = [
  { relation: "customer", entity: "customer", foreign_key: "customer_id" },
  { relation: "product_variant", entity: "product_variant", foreign_key: "variant_id" },
]

export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetItemDepositsParamsType>,
  res: MedusaResponse
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  // The page with its count first; then, side by side, what is left of each
  // deposit (the ledger) and its customer and variant, read by id, instead
  // of one after the other.
  const { own, linked } = splitLinkedFields(withComputedFrom(req.queryConfig.fields), LINKS)
  const { data, metadata } = await query.graph({
    entity: "item_deposit",
    fields: own,
    filters: req.filterableFields,
    pagination: req.queryConfig.pagination,
  })
  const [deposits, withLinked] = await Promise.all([
    withRemaining(req.scope, data),
    readLinkedRecords(req.scope, data, linked),
  ])
  res.json({
    item_deposits: deposits.map(withLinked),
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
