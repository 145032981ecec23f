import {
  validateAndTransformBody,
  type MedusaNextFunction,
  type MedusaRequest,
  type MedusaResponse,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"

type Schema = Parameters<typeof validateAndTransformBody>[0]

/**
 * Medusa's `validateAndTransformBody`, with one message made precise: for an
 * unknown key inside a nested object Medusa answers `Unrecognized fields:
 * 'a'` without saying where; this answers `Invalid request: seller:
 * unrecognized fields: 'a'` (the path of the object that has it).
 */
export function validateBody(schema: Schema) {
  const validate = validateAndTransformBody(schema)
  return (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) =>
    validate(req, res, async (error?: any) => {
      if (
        !(error instanceof MedusaError) ||
        !/^Invalid request: Unrecognized fields/.test(error.message) ||
        typeof schema === "function"
      ) {
        return next(error)
      }
      try {
        const strict: any = "strict" in (schema as any) ? (schema as any).strict() : schema
        const result = await strict.safeParseAsync(req.body)
        const issue = result.error?.issues.find(
          (i: any) => i.code === "unrecognized_keys" && i.path?.length
        )
        if (issue) {
          const path = issue.path
            .map((part: PropertyKey, index: number) =>
              typeof part === "number" ? `[${part}]` : `${index ? "." : ""}${String(part)}`
            )
            .join("")
          return next(
            new MedusaError(
              MedusaError.Types.INVALID_DATA,
              `Invalid request: ${path}: unrecognized fields: '${issue.keys.join(", ")}'`
            )
          )
        }
      } catch {
        // Fall back to Medusa's own message.
      }
      next(error)
    })
}
