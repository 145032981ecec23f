/** How an ID number is shown everywhere but the reveal route: •••• 1234. */
export function maskIdNumber(last4: string | null | undefined) {
  return last4 ? `•••• ${last4}` : null
}

/** The field that holds a seller's full ID number: only the reveal route returns it. */
export const ID_NUMBER_FIELD = "id_document_number"

/** A copy of a purchase (or anything) without the full ID number at its top level. */
export function withoutIdNumber<T>(record: T): T {
  if (!record || typeof record !== "object") {
    return record
  }
  const { [ID_NUMBER_FIELD]: _dropped, ...rest } = record as Record<string, unknown>
  return rest as T
}

/**
 * Removes the full ID number wherever it occurs in a response body (a purchase
 * reached through a relation: `?fields=purchase.*`, a customer's purchases,
 * an item's purchase…), in place, without recursion. Returns how many it
 * removed.
 */
export function stripIdNumbers(body: unknown): number {
  let removed = 0
  const stack: unknown[] = [body]
  const seen = new Set<object>()
  while (stack.length) {
    const node = stack.pop()
    if (!node || typeof node !== "object" || seen.has(node)) {
      continue
    }
    seen.add(node)
    if (!Array.isArray(node) && Object.prototype.hasOwnProperty.call(node, ID_NUMBER_FIELD)) {
      delete (node as Record<string, unknown>)[ID_NUMBER_FIELD]
      removed++
    }
    for (const child of Object.values(node)) {
      if (child && typeof child === "object") {
        stack.push(child)
      }
    }
  }
  return removed
}
