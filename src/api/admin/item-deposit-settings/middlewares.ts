import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody } from "../../utils/validate-body"
import { AdminUpdateItemDepositSettings } from "./validators"

export const adminItemDepositSettingsMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/admin/item-deposit-settings",
    middlewares: [validateBody(AdminUpdateItemDepositSettings)],
  },
]
