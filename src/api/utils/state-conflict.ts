import { STATE_CONFLICT } from "../../utils/errors"

/**
 * Runs a workflow (or anything) and answers 409 with the original message
 * when it failed on a state conflict (see `stateConflict`).
 *
 * Medusa's error handler keeps the message of an HTTP error but replaces the
 * message of a CONFLICT MedusaError with a generic one, and workflows hand
 * errors back serialized, so the conflict is re-raised here as an HTTP error.
 */
export async function withStateConflicts<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run()
  } catch (error: any) {
    if (error?.code === STATE_CONFLICT) {
      throw Object.assign(new Error(error.message), {
        status: 409,
        statusCode: 409,
        expose: true,
      })
    }
    throw error
  }
}
