import type {
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
  MiddlewareRoute,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys, parseCorsOrigins } from "@medusajs/framework/utils"
import { refuseUnsafeInput } from "./refuse-unsafe-input"

/**
 * Cross-site request forgery guard for the plugin's write routes.
 *
 * Medusa's session cookie has no `SameSite` outside production, and core's
 * body parser reads `application/x-www-form-urlencoded`, so a form on another
 * site could post to these routes with a logged-in admin's (or customer's)
 * cookie. Two rules close that:
 *
 * 1. A write (POST, PUT, PATCH, DELETE) carries JSON, or multipart on the
 *    attachment upload, or no body at all: anything else is a 415. A browser
 *    only sends those cross-site after a CORS preflight (JSON) or, for
 *    multipart, rule 2 applies.
 * 2. A write authenticated by the session cookie must come from the admin's
 *    own origin: the request's own host or one of the configured CORS origins
 *    (`adminCors` for /admin, `storeCors` for /store; a `*` entry does not
 *    count). Its `Origin` header, or else its `Referer`, is checked; a session
 *    write with neither is refused too. 403 otherwise.
 *
 * Bearer tokens and secret API keys are not sent by a browser on its own, so
 * requests authenticated by them are not subject to rule 2.
 */

const WRITE_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"])

/** Paths whose writes may be multipart (the attachment upload). */
const MULTIPART_PATHS = [/^\/admin\/customer-purchases\/[^/]+\/attachments\/?$/]

function mediaType(req: MedusaRequest) {
  const header = req.headers["content-type"]
  return header ? header.split(";")[0].trim().toLowerCase() : ""
}

function hasBody(req: MedusaRequest) {
  const length = req.headers["content-length"]
  return !!req.headers["transfer-encoding"] || (length !== undefined && length !== "0")
}

/** The origin a browser says the request came from, or null. */
function requestOrigin(req: MedusaRequest): string | null {
  const origin = req.headers.origin
  if (origin && origin !== "null") {
    return origin
  }
  if (origin === "null") {
    // Sandboxed frames and some redirects: an opaque origin is never ours.
    return "null"
  }
  const referer = req.headers.referer
  if (!referer) {
    return null
  }
  try {
    return new URL(referer).origin
  } catch {
    return "null"
  }
}

function isOwnOrigin(req: MedusaRequest, origin: string) {
  let host: string
  try {
    host = new URL(origin).host.toLowerCase()
  } catch {
    return false
  }
  const ownHosts = [req.headers.host, req.headers["x-forwarded-host"]]
    .flatMap((value) => (Array.isArray(value) ? value : [value]))
    .filter((value): value is string => !!value)
    .flatMap((value) => value.split(","))
    .map((value) => value.trim().toLowerCase())
  if (ownHosts.includes(host)) {
    return true
  }
  const { projectConfig } = req.scope.resolve(ContainerRegistrationKeys.CONFIG_MODULE)
  const cors = req.originalUrl.startsWith("/store")
    ? projectConfig.http.storeCors
    : projectConfig.http.adminCors
  return parseCorsOrigins(cors ?? "").some((allowed) =>
    allowed instanceof RegExp
      ? allowed.test(origin)
      : allowed !== "*" && allowed.replace(/\/+$/, "").toLowerCase() === origin.toLowerCase()
  )
}

/** True when the request is authenticated by the session cookie (not a token or key). */
function isSessionAuthenticated(req: MedusaRequest) {
  const session = (req as any).session?.auth_context
  const auth = (req as any).auth_context
  if (!session) {
    return false
  }
  // Core's authenticate takes the session before a bearer token; a secret
  // API key (checked first) or a token of another actor type wins otherwise.
  return (
    !auth ||
    auth === session ||
    (auth.actor_type === session.actor_type && auth.actor_id === session.actor_id)
  )
}

export async function refuseCrossSiteWrites(
  req: MedusaRequest,
  res: MedusaResponse,
  next: MedusaNextFunction
) {
  if (!WRITE_METHODS.has(req.method)) {
    return next()
  }

  const type = mediaType(req)
  const path = req.originalUrl.split("?")[0]
  const multipartAllowed = MULTIPART_PATHS.some((pattern) => pattern.test(path))
  const accepted =
    type === "application/json" ||
    (type === "multipart/form-data" && multipartAllowed) ||
    (!type && !hasBody(req))
  if (!accepted) {
    res.status(415).json({
      type: "invalid_request_error",
      message: `Content-Type ${type || "(none)"} is not accepted: send application/json${
        multipartAllowed ? " or multipart/form-data" : ""
      }.`,
    })
    return
  }

  if (isSessionAuthenticated(req)) {
    const origin = requestOrigin(req)
    if (!origin || !isOwnOrigin(req, origin)) {
      res.status(403).json({
        type: "not_allowed",
        message: origin
          ? `Cross-site request refused: origin ${origin} is not allowed to write with this session.`
          : "Cross-site request refused: a request authenticated by the session cookie must send an Origin or Referer header.",
      })
      return
    }
  }
  return next()
}

/** The plugin's route prefixes the guard covers (every method; it only acts on writes). */
export const CROSS_SITE_GUARDED_PATHS = [
  "/admin/customer-purchases",
  "/admin/item-deposits",
  "/admin/blocked-serials",
  "/admin/purchase-settings",
  "/store/customers/me/item-deposits",
  "/store/carts/:id/item-deposits",
  "/admin/item-deposit-settings",
]

/**
 * In front of every plugin route, before its own middlewares: the CSRF guard,
 * then the NUL-byte guard (see refuse-unsafe-input.ts).
 */
export const refuseCrossSiteWritesMiddlewares: MiddlewareRoute[] = CROSS_SITE_GUARDED_PATHS.map(
  (matcher) => ({ matcher, middlewares: [refuseCrossSiteWrites, refuseUnsafeInput] })
)
