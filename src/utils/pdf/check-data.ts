/**
 * Minimal shape checks for a document's data, run in the worker before the
 * render. A document rendered from malformed data would fail deep inside
 * React with "Cannot read properties of undefined" (and React would log its
 * stack); checking first gives the caller an error that names the field:
 * 'Rendering PDF document "purchase-receipt" failed: invalid data:
 * "seller.name" must be a string'.
 */

export class InvalidPdfDataError extends Error {
  constructor(path: string, expected: string) {
    super(`invalid data: "${path}" must be ${expected}`)
    this.name = "InvalidPdfDataError"
  }
}

const EXPECTED = {
  string: { test: (v: unknown) => typeof v === "string", text: "a string" },
  "string?": { test: (v: unknown) => v == null || typeof v === "string", text: "a string or null" },
  number: { test: (v: unknown) => typeof v === "number" && Number.isFinite(v), text: "a number" },
  array: { test: (v: unknown) => Array.isArray(v), text: "an array" },
  "array?": { test: (v: unknown) => v == null || Array.isArray(v), text: "an array or null" },
  object: { test: (v: unknown) => v !== null && typeof v === "object" && !Array.isArray(v), text: "an object" },
}

/** check(value, "items[3].title", "string") throws InvalidPdfDataError unless it is one. */
export function createChecker() {
  return function check(value: unknown, path: string, expected: keyof typeof EXPECTED): void {
    if (!EXPECTED[expected].test(value)) {
      throw new InvalidPdfDataError(path, EXPECTED[expected].text)
    }
  }
}
