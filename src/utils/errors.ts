import { MedusaError } from "@medusajs/framework/utils"

/**
 * Code carried by errors that mean "the request is valid, but the record is
 * not in a state that allows it" (paying a cancelled purchase, stocking a
 * scrapped item). Medusa's own CONFLICT type would answer 409 too, but with a
 * generic message; routes turn errors with this code into a 409 that keeps the
 * message a merchant can act on (see `src/api/utils/run-workflow.ts`).
 */
export const STATE_CONFLICT = "state_conflict"

export function stateConflict(message: string) {
  return new MedusaError(MedusaError.Types.NOT_ALLOWED, message, STATE_CONFLICT)
}
