import type {
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { LIMITS } from "../utils/validation"

/**
 * PostgreSQL refuses a NUL byte (`\u0000`) in text, so one that reaches a
 * query is a 500. The validators refuse it in every field they know; this
 * guard, in front of every plugin route, also covers path ids, query values
 * and anything a validator passes through untouched (metadata), and names
 * where it was found. It also bounds a path id's length.
 */

/** Which parameter a path segment is, by the segment before it. */
const PARAM_AFTER: Record<string, string> = {
  "customer-purchases": "id",
  "item-deposits": "id",
  carts: "id",
  items: "item_id",
  attachments: "attachment_id",
}

const fail = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, `Invalid request: ${message}`)

/** The path of the first string (or key) holding a NUL, without recursion. */
function findNul(value: unknown, root: string): string | null {
  const stack: [unknown, string][] = [[value, root]]
  let visited = 0
  while (stack.length) {
    const [node, path] = stack.pop()!
    if (++visited > 100_000) {
      return null
    }
    if (typeof node === "string") {
      if (node.includes("\u0000")) {
        return path
      }
      continue
    }
    if (!node || typeof node !== "object") {
      continue
    }
    for (const [key, child] of Object.entries(node)) {
      const childPath = Array.isArray(node) ? `${path}[${key}]` : path ? `${path}.${key}` : key
      if (key.includes("\u0000")) {
        return childPath
      }
      stack.push([child, childPath])
    }
  }
  return null
}

export function refuseUnsafeInput(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const segments = req.originalUrl.split("?")[0].split("/")
  for (let i = 1; i < segments.length; i++) {
    let segment: string
    try {
      segment = decodeURIComponent(segments[i])
    } catch {
      return next(fail(`the path segment "${segments[i].slice(0, 50)}" is not valid percent-encoding`))
    }
    const name = PARAM_AFTER[segments[i - 1]] ?? "path"
    if (segment.includes("\u0000")) {
      return next(fail(`${name}: must not contain a NUL byte`))
    }
    if (segment.length > LIMITS.id) {
      return next(fail(`${name}: must be at most ${LIMITS.id} characters`))
    }
  }
  const inQuery = findNul(req.query, "")
  if (inQuery !== null) {
    return next(fail(`${inQuery || "query"}: must not contain a NUL byte`))
  }
  const inBody = findNul(req.body, "")
  if (inBody !== null) {
    return next(fail(`${inBody || "body"}: must not contain a NUL byte`))
  }
  next()
}
