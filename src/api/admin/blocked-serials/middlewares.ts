import { validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody } from "../../utils/validate-body"
import { AdminCheckSerialParams, AdminCreateBlockedSerial, AdminGetBlockedSerialsParams } from "./validators"

const BASE = "/admin/blocked-serials"

/** The merchant's blocked serial list (stolen reports), README "Compliance". */
export const adminBlockedSerialMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: BASE,
    middlewares: [validateAndTransformQuery(AdminGetBlockedSerialsParams, { defaults: [], isList: true, defaultLimit: 50 } as any)],
  },
  { method: ["POST"], matcher: BASE, middlewares: [validateBody(AdminCreateBlockedSerial)] },
  {
    method: ["GET"],
    matcher: `${BASE}/check`,
    middlewares: [validateAndTransformQuery(AdminCheckSerialParams, { defaults: [], isList: false } as any)],
  },
]
