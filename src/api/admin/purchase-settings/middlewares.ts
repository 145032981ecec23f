import type { MiddlewareRoute } from "@medusajs/framework/http"
import { AdminPreviewReceipt, AdminUpdatePurchaseSettings } from "./validators"
import { validateBody } from "../../utils/validate-body"

export const adminPurchaseSettingsMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/admin/purchase-settings",
    middlewares: [validateBody(AdminUpdatePurchaseSettings)],
  },
  {
    method: ["POST"],
    matcher: "/admin/purchase-settings/receipt-preview",
    middlewares: [validateBody(AdminPreviewReceipt)],
  },
]
