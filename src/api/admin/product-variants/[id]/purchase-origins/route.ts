import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { formatPurchaseNumber } from "../../../../../utils/purchase-number"

/** At most this many origins, newest stocking first (a one-off variant has one). */
const LIMIT = 50

/**
 * Where a variant's stock came from: the bought items stocked as it, with
 * their purchase (P-number), units and unit cost (price paid + refurbishment).
 * For the variant page's widget. Read-only; an unknown variant has none.
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "customer_purchase_item",
    fields: [
      "id",
      "title",
      "serial_number",
      "quantity",
      "unit_price",
      "refurbishment_cost",
      "unit_cost",
      "stocked_at",
      "stocked_location_id",
      "purchase.id",
      "purchase.display_id",
      "purchase.currency_code",
    ],
    filters: { variant_id: req.params.id, status: "stocked" },
    pagination: { take: LIMIT, skip: 0, order: { stocked_at: "DESC" } },
  })
  res.json({
    purchase_origins: data.map((item: any) => ({
      item_id: item.id,
      title: item.title,
      serial_number: item.serial_number,
      quantity: item.quantity,
      unit_price: item.unit_price,
      refurbishment_cost: item.refurbishment_cost,
      unit_cost: item.unit_cost,
      stocked_at: item.stocked_at,
      stocked_location_id: item.stocked_location_id,
      purchase_id: item.purchase.id,
      purchase_number: formatPurchaseNumber(item.purchase.display_id),
      currency_code: item.purchase.currency_code,
    })),
    count: metadata?.count ?? data.length,
  })
}
