import { defineMiddlewares } from "@medusajs/framework/http"
import { adminCustomerPurchaseMiddlewares } from "./admin/customer-purchases/middlewares"
import { adminPurchaseSettingsMiddlewares } from "./admin/purchase-settings/middlewares"

export default defineMiddlewares({
  routes: [...adminPurchaseSettingsMiddlewares, ...adminCustomerPurchaseMiddlewares],
})
