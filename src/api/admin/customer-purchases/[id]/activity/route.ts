import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

/**
 * The purchase's history, newest first. Read-only by design: there is no
 * route that changes or deletes an entry.
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: purchases } = await query.graph({
    entity: "customer_purchase",
    fields: ["id"],
    filters: { id: req.params.id },
  })
  if (!purchases.length) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Customer purchase with id: ${req.params.id} was not found`
    )
  }

  const { item_id } = req.filterableFields as { item_id?: string }
  const { data: activity, metadata } = await query.graph({
    entity: "purchase_activity",
    fields: req.queryConfig.fields,
    filters: { purchase_id: req.params.id, ...(item_id && { item_id }) },
    pagination: {
      ...req.queryConfig.pagination,
      order: { created_at: "DESC", id: "DESC" },
    },
  })
  res.json({
    activity,
    count: metadata!.count,
    offset: metadata!.skip,
    limit: metadata!.take,
  })
}
