import {
  validateAndTransformBody,
  validateAndTransformQuery,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { ensurePurchasingEnabled } from "./middlewares/ensure-purchasing-enabled"
import { uploadAttachments } from "./middlewares/upload-attachments"
import { protectPurchaseFiles } from "./middlewares/protect-purchase-files"
import {
  listCustomerPurchaseQueryConfig,
  listPurchaseActivityQueryConfig,
  retrieveCustomerPurchaseQueryConfig,
} from "./query-config"
import {
  AdminAddCustomerPurchaseItems,
  AdminAddCustomerPurchaseNote,
  AdminCancelCustomerPurchase,
  AdminCreateCustomerPurchase,
  AdminGetCustomerPurchaseParams,
  AdminGetCustomerPurchasesParams,
  AdminPayOutCustomerPurchase,
  AdminRevealSellerId,
  AdminStockCustomerPurchaseItem,
  AdminUpdateCustomerPurchase,
  AdminUpdateCustomerPurchaseItem,
  AdminUpdateItemStatus,
  AdminUploadAttachmentParams,
  AdminListPurchaseActivityParams,
} from "./validators"
import { validateBody } from "../../utils/validate-body"

const BASE = "/admin/customer-purchases"

// `:id` also matches the export and the margins report, which have their own routes.
const skipForExport =
  (middleware: any) => (req: any, res: any, next: any) =>
    req.params?.id === "export" || req.params?.id === "margins" ? next() : middleware(req, res, next)
const retrieve = validateAndTransformQuery(
  AdminGetCustomerPurchaseParams,
  retrieveCustomerPurchaseQueryConfig
)

/** Routes that answer with the purchase: a body validator plus field selection. */
const writeRoute = (
  method: "POST" | "DELETE",
  matcher: string,
  body?: Parameters<typeof validateAndTransformBody>[0]
): MiddlewareRoute => ({
  method: [method],
  matcher,
  middlewares: body ? [validateBody(body), retrieve] : [retrieve],
})

export const adminCustomerPurchaseMiddlewares: MiddlewareRoute[] = [
  // Core's file deletion must not remove a purchase's evidence.
  { method: ["DELETE"], matcher: "/admin/uploads/:id", middlewares: [protectPurchaseFiles] },
  // GET (the list) checks in its route, alongside its first query.
  { method: ["POST"], matcher: BASE, middlewares: [ensurePurchasingEnabled] },
  { matcher: `${BASE}/*`, middlewares: [ensurePurchasingEnabled] },
  {
    method: ["GET"],
    matcher: BASE,
    middlewares: [
      validateAndTransformQuery(
        AdminGetCustomerPurchasesParams,
        listCustomerPurchaseQueryConfig
      ),
    ],
  },
  writeRoute("POST", BASE, AdminCreateCustomerPurchase),
  // Not for GET /export (its own route, compliance-middlewares.ts): `:id` matches it too.
  { method: ["GET"], matcher: `${BASE}/:id`, middlewares: [skipForExport(retrieve)] },
  writeRoute("POST", `${BASE}/:id`, AdminUpdateCustomerPurchase),
  writeRoute("POST", `${BASE}/:id/items`, AdminAddCustomerPurchaseItems),
  writeRoute("POST", `${BASE}/:id/items/:item_id`, AdminUpdateCustomerPurchaseItem),
  writeRoute("DELETE", `${BASE}/:id/items/:item_id`),
  writeRoute("POST", `${BASE}/:id/items/:item_id/status`, AdminUpdateItemStatus),
  writeRoute("POST", `${BASE}/:id/items/:item_id/stock`, AdminStockCustomerPurchaseItem),
  writeRoute("POST", `${BASE}/:id/payout`, AdminPayOutCustomerPurchase),
  writeRoute("POST", `${BASE}/:id/cancel`, AdminCancelCustomerPurchase),
  {
    method: ["POST"],
    matcher: `${BASE}/:id/notes`,
    middlewares: [validateBody(AdminAddCustomerPurchaseNote)],
  },
  {
    method: ["GET"],
    matcher: `${BASE}/:id/activity`,
    middlewares: [
      validateAndTransformQuery(
        AdminListPurchaseActivityParams,
        listPurchaseActivityQueryConfig
      ),
    ],
  },
  {
    method: ["POST"],
    matcher: `${BASE}/:id/reveal-id`,
    middlewares: [validateBody(AdminRevealSellerId)],
  },
  {
    method: ["POST"],
    matcher: `${BASE}/:id/attachments`,
    // Multipart: the body parser must leave the stream to multer.
    bodyParser: false,
    middlewares: [
      validateAndTransformQuery(AdminUploadAttachmentParams, {}),
      uploadAttachments,
    ],
  },
]
