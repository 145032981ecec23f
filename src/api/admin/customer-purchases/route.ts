import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createCustomerPurchaseWorkflow } from "../../../workflows/customer-purchase"
import { parsePurchaseNumber } from "../../../utils/purchase-number"
import { formatCustomerPurchase, refetchCustomerPurchase, withComputedFrom } from "./helpers"
import type {
  AdminCreateCustomerPurchaseType,
  AdminGetCustomerPurchasesParamsType,
} from "./validators"

export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetCustomerPurchasesParamsType>,
  res: MedusaResponse
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { q, item_status, ...filters } = req.filterableFields as Record<string, any>

  // Filters on items (status, serial) would also trim the items returned, so
  // matching purchases are found first and read whole afterwards.
  const matchFilters = {
    ...filters,
    ...(item_status && { items: { status: item_status } }),
    ...(q && { $or: searchConditions(q) }),
  }
  const { data: matches, metadata } = await query.graph({
    entity: "customer_purchase",
    fields: ["id"],
    filters: matchFilters,
    pagination: req.queryConfig.pagination,
  })

  const ids = matches.map((p: { id: string }) => p.id)
  const { data } = ids.length
    ? await query.graph({
        entity: "customer_purchase",
        fields: withComputedFrom(req.queryConfig.fields),
        filters: { id: ids },
      })
    : { data: [] }
  const byId = new Map(data.map((p: any) => [p.id, p]))

  res.json({
    customer_purchases: ids.map((id) => formatCustomerPurchase(byId.get(id))),
    count: metadata!.count,
    offset: metadata!.skip,
    limit: metadata!.take,
  })
}

function searchConditions(q: string) {
  const like = { $ilike: `%${q.trim()}%` }
  const displayId = parsePurchaseNumber(q)
  return [
    { seller_first_name: like },
    { seller_last_name: like },
    { items: { serial_number: like } },
    ...(displayId !== undefined ? [{ display_id: displayId }] : []),
  ]
}

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminCreateCustomerPurchaseType>,
  res: MedusaResponse
) => {
  const { result } = await createCustomerPurchaseWorkflow(req.scope).run({
    input: { ...req.validatedBody, actor_id: req.auth_context.actor_id } as any,
  })
  const customer_purchase = await refetchCustomerPurchase(
    result.id,
    req.scope,
    req.queryConfig.fields
  )
  res.status(201).json({ customer_purchase })
}
