import { defineMiddlewares } from "@medusajs/framework/http"
import { adminCustomerPurchaseMiddlewares } from "./admin/customer-purchases/middlewares"
import { adminItemDepositMiddlewares } from "./admin/item-deposits/middlewares"
import { adminPurchaseSettingsMiddlewares } from "./admin/purchase-settings/middlewares"
import { storeItemDepositMiddlewares } from "./store/middlewares"

export default defineMiddlewares({
  routes: [
    ...adminPurchaseSettingsMiddlewares,
    ...adminCustomerPurchaseMiddlewares,
    ...adminItemDepositMiddlewares,
    ...storeItemDepositMiddlewares,
  ],
})
