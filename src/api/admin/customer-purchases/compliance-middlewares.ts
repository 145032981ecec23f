import { validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody } from "../../utils/validate-body"
import {
  AdminExportCustomerPurchases,
  AdminLiftPoliceHold,
  AdminPlacePoliceHold,
  AdminSetLegalHold,
} from "./compliance-validators"

const BASE = "/admin/customer-purchases"

/** Routes of the compliance features (README "Compliance"); purchasing-enabled is checked by the purchase routes' `${BASE}/*`. */
export const adminComplianceMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: `${BASE}/export`,
    middlewares: [validateAndTransformQuery(AdminExportCustomerPurchases, { defaults: [], isList: false } as any)],
  },
  {
    method: ["POST"],
    matcher: `${BASE}/:id/items/:item_id/police-hold`,
    middlewares: [validateBody(AdminPlacePoliceHold)],
  },
  {
    method: ["POST"],
    matcher: `${BASE}/:id/items/:item_id/police-hold/lift`,
    middlewares: [validateBody(AdminLiftPoliceHold)],
  },
  {
    method: ["POST"],
    matcher: `${BASE}/:id/legal-hold`,
    middlewares: [validateBody(AdminSetLegalHold)],
  },
]
