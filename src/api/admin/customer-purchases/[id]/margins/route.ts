import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { CUSTOMER_PURCHASE_MODULE } from "../../../../../modules/customer-purchase"
import type CustomerPurchaseModuleService from "../../../../../modules/customer-purchase/service"
import { toAmount } from "../../../../../utils/purchase-totals"

/**
 * What each item of the purchase earned: units sold now (sales less
 * reversals), net revenue, cost of those units, margin, and days to sell.
 * Items with nothing sold are listed with zeros.
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const service: CustomerPurchaseModuleService = req.scope.resolve(CUSTOMER_PURCHASE_MODULE)
  const items = await service.listCustomerPurchaseItems(
    { purchase_id: req.params.id } as any,
    { select: ["id", "quantity", "sold_quantity", "unit_cost", "status"] }
  )
  if (!items.length) {
    const [purchase] = await service.listCustomerPurchases({ id: req.params.id }, { select: ["id"], take: 1 })
    if (!purchase) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Customer purchase with id: ${req.params.id} was not found`)
    }
  }
  const margins = new Map((await service.listItemMargins(req.params.id)).map((m) => [m.item_id, m]))
  res.json({
    items: items.map((item: any) => {
      const m = margins.get(item.id)
      return {
        item_id: item.id,
        units_sold: m?.units_sold ?? 0,
        units_on_hand: item.status === "stocked" ? item.quantity - item.sold_quantity : 0,
        sold: toAmount(m?.sold ?? 0),
        cost_of_sold: toAmount(m?.cost_of_sold ?? 0),
        margin: toAmount(m?.margin ?? 0),
        days_to_sell: m?.days_to_sell ?? null,
        last_sold_at: m?.last_sold_at ?? null,
      }
    }),
  })
}
