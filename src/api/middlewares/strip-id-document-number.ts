import type {
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
  MiddlewareRoute,
} from "@medusajs/framework/http"
import { stripIdNumbers } from "../../utils/mask-id-number"

/** The one route whose answer is the full ID number (and logs who asked). */
const REVEAL_ROUTE = /^\/admin\/customer-purchases\/[^/]+\/reveal-id\/?$/

/**
 * A seller's full ID number leaves the server through the reveal route only.
 * The purchase routes never select it, but `?fields=` on other routes can
 * reach a purchase through a relation (`/admin/customer-purchases/:id/activity
 * ?fields=purchase.*`, a customer's or a variant's purchases on core routes),
 * so every /admin and /store answer is stripped of `id_document_number`
 * before it is sent, whatever route produced it.
 */
export function stripIdDocumentNumber(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  if (REVEAL_ROUTE.test(req.originalUrl.split("?")[0])) {
    return next()
  }
  const json = res.json.bind(res)
  res.json = ((body: unknown) => {
    stripIdNumbers(body)
    return json(body)
  }) as typeof res.json
  next()
}

export const stripIdDocumentNumberMiddlewares: MiddlewareRoute[] = [
  { matcher: "/admin", middlewares: [stripIdDocumentNumber] },
  { matcher: "/store", middlewares: [stripIdDocumentNumber] },
]
