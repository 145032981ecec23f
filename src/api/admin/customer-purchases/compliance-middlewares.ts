import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody } from "../../utils/validate-body"
import { AdminLiftPoliceHold, AdminPlacePoliceHold } from "./compliance-validators"

const BASE = "/admin/customer-purchases"

/** Routes of the compliance features (README "Compliance"); purchasing-enabled is checked by the purchase routes' `${BASE}/*`. */
export const adminComplianceMiddlewares: MiddlewareRoute[] = [
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
]
