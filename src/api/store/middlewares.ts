import {
  authenticate,
  validateAndTransformBody,
  validateAndTransformQuery,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { StoreGetCartsCart } from "@medusajs/medusa/api/store/carts/validators"
import { retrieveTransformQueryConfig } from "@medusajs/medusa/api/store/carts/query-config"
import { recordShopper } from "./middlewares/record-shopper"
import { syncDepositsOnTransfer } from "./middlewares/sync-deposits-on-transfer"
import { keepOwnerStockHolds } from "./middlewares/keep-owner-stock-holds"
import { listStoreItemDepositQueryConfig } from "./customers/me/item-deposits/query-config"
import { StoreAddCartDepositLine } from "./carts/[id]/deposit-lines/validators"
import {
  StoreClaimItemDeposit,
  StoreGetItemDepositsParams,
} from "./customers/me/item-deposits/validators"

/** Every deposit route of the store needs a logged-in customer. */
const customer = authenticate("customer", ["session", "bearer"])

export const storeItemDepositMiddlewares: MiddlewareRoute[] = [
  // Every cart route (core's included): deposits follow the logged-in shopper.
  { matcher: "/store/carts", middlewares: [recordShopper] },
  { matcher: "/store/carts/*", middlewares: [recordShopper] },
  // A transfer that core skips still shows the deposits: see the middleware.
  { method: ["POST"], matcher: "/store/carts/:id/customer", middlewares: [syncDepositsOnTransfer] },
  // Stock held for a deposit stays its owner's to put in their cart.
  {
    method: ["POST"],
    matcher: "/store/carts",
    middlewares: [keepOwnerStockHolds],
  },
  {
    method: ["POST"],
    matcher: "/store/carts/:id/line-items",
    middlewares: [keepOwnerStockHolds],
  },
  {
    method: ["POST"],
    matcher: "/store/carts/:id/line-items/:line_id",
    middlewares: [keepOwnerStockHolds],
  },
  {
    method: ["GET"],
    matcher: "/store/customers/me/item-deposits",
    middlewares: [
      customer,
      validateAndTransformQuery(StoreGetItemDepositsParams, listStoreItemDepositQueryConfig),
    ],
  },
  {
    method: ["POST"],
    matcher: "/store/customers/me/item-deposits/claim",
    middlewares: [customer, validateAndTransformBody(StoreClaimItemDeposit)],
  },
  {
    method: ["POST"],
    matcher: "/store/carts/:id/item-deposits",
    // The cart comes back with the same fields as core's cart routes.
    middlewares: [customer, validateAndTransformQuery(StoreGetCartsCart, retrieveTransformQueryConfig)],
  },
  {
    method: ["POST"],
    matcher: "/store/carts/:id/deposit-lines",
    middlewares: [
      customer,
      validateAndTransformBody(StoreAddCartDepositLine),
      validateAndTransformQuery(StoreGetCartsCart, retrieveTransformQueryConfig),
    ],
  },
]
