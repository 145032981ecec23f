import { STATE_CONFLICT } from "../../utils/errors"

/** What the Locking module's providers (in-memory, Redis) throw when a lock wait times out. */
const LOCK_TIMED_OUT = /^Failed to acquire lock for key/

/**
 * Runs a workflow (or anything) and answers 409 with the original message
 * when it failed on a state conflict (see `stateConflict`), and 409 "try
 * again" when it gave up waiting for another request's lock on the same
 * record (many concurrent requests for one purchase or deposit).
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
      throw conflict(error.message)
    }
    if (LOCK_TIMED_OUT.test(error?.message ?? "")) {
      throw conflict("Another request is working on this record right now: try again in a moment.")
    }
    throw error
  }
}

function conflict(message: string) {
  return Object.assign(new Error(message), { status: 409, statusCode: 409, expose: true })
}
