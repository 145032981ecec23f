/**
 * Medusa's validator prints the field for type and required errors, but
 * only the bare message for format and custom ones ("must be an email").
 * This puts the field in front: `{ error: field("must be an email") }` gives
 * "seller.email: must be an email".
 */
export function field(message: string) {
  return {
    error: (issue: { path?: PropertyKey[] }) => {
      const path = (issue.path ?? [])
        .map((part, index) =>
          typeof part === "number" ? `[${part}]` : `${index ? "." : ""}${String(part)}`
        )
        .join("")
      return path ? `${path}: ${message}` : message
    },
  }
}
