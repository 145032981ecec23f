import { validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody } from "../../utils/validate-body"
import { AdminAddPurchaseItemCost, AdminGetMarginsReport } from "./margins-validators"

const BASE = "/admin/customer-purchases"
const report = validateAndTransformQuery(AdminGetMarginsReport, { defaults: [], isList: false } as any)

/** Routes of the margins (README "Margins per bought unit"); purchasing-enabled is checked by `${BASE}/*`. */
export const adminMarginsMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: `${BASE}/margins`, middlewares: [report] },
  { method: ["GET"], matcher: `${BASE}/margins/export`, middlewares: [report] },
  {
    method: ["POST"],
    matcher: `${BASE}/:id/items/:item_id/costs`,
    middlewares: [validateBody(AdminAddPurchaseItemCost)],
  },
]
