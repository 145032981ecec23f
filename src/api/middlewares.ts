import { defineMiddlewares } from "@medusajs/framework/http"
import { adminCustomerPurchaseMiddlewares } from "./admin/customer-purchases/middlewares"
import { adminItemDepositMiddlewares } from "./admin/item-deposits/middlewares"
import { adminPurchaseSettingsMiddlewares } from "./admin/purchase-settings/middlewares"
import { storeItemDepositMiddlewares } from "./store/middlewares"
import { refuseCrossSiteWritesMiddlewares } from "./middlewares/refuse-cross-site-writes"

export default defineMiddlewares({
  routes: [
    // First: a cross-site or form-encoded write is refused before anything runs.
    ...refuseCrossSiteWritesMiddlewares,
    ...adminPurchaseSettingsMiddlewares,
    ...adminCustomerPurchaseMiddlewares,
    ...adminItemDepositMiddlewares,
    ...storeItemDepositMiddlewares,
  ],
})
