import { validateAndTransformBody, type MiddlewareRoute } from "@medusajs/framework/http"
import { AdminPreviewReceipt, AdminUpdatePurchaseSettings } from "./validators"

export const adminPurchaseSettingsMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/admin/purchase-settings",
    middlewares: [validateAndTransformBody(AdminUpdatePurchaseSettings)],
  },
  {
    method: ["POST"],
    matcher: "/admin/purchase-settings/receipt-preview",
    middlewares: [validateAndTransformBody(AdminPreviewReceipt)],
  },
]
