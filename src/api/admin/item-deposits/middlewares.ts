import {
  validateAndTransformBody,
  validateAndTransformQuery,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { listItemDepositQueryConfig, retrieveItemDepositQueryConfig } from "./query-config"
import {
  AdminCancelItemDeposit,
  AdminConvertItemDeposit,
  AdminCreateItemDeposit,
  AdminGetItemDepositParams,
  AdminGetItemDepositsParams,
  AdminRefundItemDeposit,
  AdminTopUpItemDeposit,
  AdminUpdateItemDeposit,
} from "./validators"
import { validateBody } from "../../utils/validate-body"

const BASE = "/admin/item-deposits"
const retrieve = validateAndTransformQuery(AdminGetItemDepositParams, retrieveItemDepositQueryConfig)
const post = (matcher: string, body: Parameters<typeof validateAndTransformBody>[0]): MiddlewareRoute => ({
  method: ["POST"],
  matcher,
  middlewares: [validateBody(body), retrieve],
})

export const adminItemDepositMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: BASE,
    middlewares: [validateAndTransformQuery(AdminGetItemDepositsParams, listItemDepositQueryConfig)],
  },
  post(BASE, AdminCreateItemDeposit),
  { method: ["GET"], matcher: `${BASE}/:id`, middlewares: [retrieve] },
  post(`${BASE}/:id`, AdminUpdateItemDeposit),
  post(`${BASE}/:id/convert`, AdminConvertItemDeposit),
  post(`${BASE}/:id/refund`, AdminRefundItemDeposit),
  post(`${BASE}/:id/cancel`, AdminCancelItemDeposit),
  post(`${BASE}/:id/top-ups`, AdminTopUpItemDeposit),
]
