import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { CUSTOMER_PURCHASE_MODULE } from "../../../modules/customer-purchase"
import type CustomerPurchaseModuleService from "../../../modules/customer-purchase/service"
import { withStateConflicts } from "../../utils/state-conflict"
import { createCustomerPurchaseWorkflow } from "../../../workflows/customer-purchase"
import { parsePurchaseNumber } from "../../../utils/purchase-number"
import { formatCustomerPurchase, refetchCustomerPurchase, withComputedFrom } from "./helpers"
import { purchaseSerialWarnings } from "../../../workflows/compliance/utils/serial-checks"
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
  const matchFilters = {
    ...filters,
    ...(item_status && { items: { status: item_status } }),
    ...(q && { $or: await searchConditions(req.scope, q) }),
  }

  // Matching purchases are found first (ids only: a filter on items would
  // also trim the items returned, and the count then needs no join with the
  // payout that a full read brings), then read whole.
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

/** At most this many purchases are found through their items' serial numbers. */
export const SERIAL_SEARCH_LIMIT = 1000

/**
 * `q` matches the seller's names, an item's serial number (substrings, any
 * case) or the purchase number. Each condition is one that an index answers
 * (trigram indexes on the names and serials, display_id's index): the
 * serials are looked up first, in their own table, so that the purchase
 * query needs no join with the items, whose OR with the names would make
 * PostgreSQL scan both tables whole.
 */
async function searchConditions(scope: any, q: string) {
  const like = { $ilike: `%${q.trim()}%` }
  const displayId = parsePurchaseNumber(q)
  const service: CustomerPurchaseModuleService = scope.resolve(CUSTOMER_PURCHASE_MODULE)
  const bySerial = await service.listCustomerPurchaseItems(
    { serial_number: like },
    { select: ["id", "purchase_id"], take: SERIAL_SEARCH_LIMIT }
  )
  const purchaseIds = [...new Set(bySerial.map((item: any) => item.purchase_id as string))]
  return [
    { seller_first_name: like },
    { seller_last_name: like },
    ...(purchaseIds.length ? [{ id: purchaseIds }] : []),
    ...(displayId !== undefined && displayId <= 2147483647 ? [{ display_id: displayId }] : []),
  ]
}

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminCreateCustomerPurchaseType>,
  res: MedusaResponse
) => {
  const { result } = await withStateConflicts(() =>
    createCustomerPurchaseWorkflow(req.scope).run({
      input: { ...req.validatedBody, actor_id: req.auth_context.actor_id } as any,
    })
  )
  const customer_purchase = await refetchCustomerPurchase(
    result.id,
    req.scope,
    req.queryConfig.fields
  )
  res.status(201).json({
    customer_purchase,
    serial_warnings: await purchaseSerialWarnings(req.scope, customer_purchase),
  })
}
