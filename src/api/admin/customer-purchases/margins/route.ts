import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { CUSTOMER_PURCHASE_MODULE } from "../../../../modules/customer-purchase"
import type CustomerPurchaseModuleService from "../../../../modules/customer-purchase/service"
import { toAmount } from "../../../../utils/purchase-totals"
import type { AdminGetMarginsReportType } from "../margins-validators"
import { marginsFilters } from "./filters"

const MONEY = ["bought", "refurbishment", "sold", "cost_of_sold", "margin", "stock_value"] as const

/**
 * The margins report (README "Margins per bought unit"): per currency,
 * bought, refurbishment cost, net revenue, cost of the units sold, margin,
 * stock on hand at cost and its age; and net revenue and margin per day.
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const service: CustomerPurchaseModuleService = req.scope.resolve(CUSTOMER_PURCHASE_MODULE)
  const filters = await marginsFilters(req.scope, req.validatedQuery as unknown as AdminGetMarginsReportType)
  const { totals, days } = await service.marginsReport(filters)
  res.json({
    totals: totals.map((t) => ({ ...t, ...Object.fromEntries(MONEY.map((key) => [key, toAmount(t[key])])) })),
    days: days.map((d) => ({ ...d, sold: toAmount(d.sold), margin: toAmount(d.margin) })),
  })
}
