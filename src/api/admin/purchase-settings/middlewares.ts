import { validateAndTransformBody, type MiddlewareRoute } from "@medusajs/framework/http"
import { AdminUpdatePurchaseSettings } from "./validators"

export const adminPurchaseSettingsMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/admin/purchase-settings",
    middlewares: [validateAndTransformBody(AdminUpdatePurchaseSettings)],
  },
]
