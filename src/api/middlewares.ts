import { defineMiddlewares } from "@medusajs/framework/http"
import { adminCustomerPurchaseMiddlewares } from "./admin/customer-purchases/middlewares"
import { adminComplianceMiddlewares } from "./admin/customer-purchases/compliance-middlewares"
import { adminMarginsMiddlewares } from "./admin/customer-purchases/margins-middlewares"
import { adminBlockedSerialMiddlewares } from "./admin/blocked-serials/middlewares"
import { adminItemDepositMiddlewares } from "./admin/item-deposits/middlewares"
import { adminItemDepositSettingsMiddlewares } from "./admin/item-deposit-settings/middlewares"
import { adminPurchaseSettingsMiddlewares } from "./admin/purchase-settings/middlewares"
import { storeItemDepositMiddlewares } from "./store/middlewares"
import { refuseCrossSiteWritesMiddlewares } from "./middlewares/refuse-cross-site-writes"
import { stripIdDocumentNumberMiddlewares } from "./middlewares/strip-id-document-number"

export default defineMiddlewares({
  routes: [
    // First: a cross-site or form-encoded write is refused before anything runs.
    ...refuseCrossSiteWritesMiddlewares,
    // Every /admin and /store answer: the full ID number only from reveal-id.
    ...stripIdDocumentNumberMiddlewares,
    ...adminPurchaseSettingsMiddlewares,
    ...adminCustomerPurchaseMiddlewares,
    ...adminComplianceMiddlewares,
    ...adminMarginsMiddlewares,
    ...adminBlockedSerialMiddlewares,
    ...adminItemDepositMiddlewares,
    ...adminItemDepositSettingsMiddlewares,
    ...storeItemDepositMiddlewares,
  ],
})
