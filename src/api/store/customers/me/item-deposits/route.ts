import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { withComputedFrom, withRemaining } from "../../../../admin/item-deposits/helpers"

/** The logged-in customer's own deposits, and nobody else's. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "item_deposit",
    fields: withComputedFrom(req.queryConfig.fields),
    filters: { ...req.filterableFields, customer_id: req.auth_context.actor_id },
    pagination: req.queryConfig.pagination,
  })
  // Whether units are kept in stock for the customer, not the reservations.
  const deposits = (await withRemaining(req.scope, data)).map(({ reservations, ...deposit }: any) =>
    reservations === undefined
      ? deposit
      : { ...deposit, stock_held: reservations.some((r: any) => r?.status === "held") }
  )
  res.json({
    item_deposits: deposits,
    count: metadata!.count,
    offset: metadata!.skip,
    limit: metadata!.take,
  })
}
