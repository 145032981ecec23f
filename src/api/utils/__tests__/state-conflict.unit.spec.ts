import { MedusaError } from "@medusajs/framework/utils"
import { withStateConflicts } from "../state-conflict"
import { stateConflict } from "../../../utils/errors"

describe("withStateConflicts", () => {
  it("turns a (serialized) state conflict into a 409 that keeps its message", async () => {
    const serialized = { ...stateConflict("Purchase P-1001 is cancelled."), message: "Purchase P-1001 is cancelled.", code: "state_conflict" }
    const error = await withStateConflicts(() => Promise.reject(serialized)).catch((e) => e)
    // What Medusa's error handler recognises as an HTTP error whose message it keeps.
    expect(error).toBeInstanceOf(Error)
    expect(error).toMatchObject({ expose: true, status: 409, statusCode: 409 })
    expect(error.message).toBe("Purchase P-1001 is cancelled.")
  })

  it("leaves other errors alone", async () => {
    const other = new MedusaError(MedusaError.Types.NOT_FOUND, "nope")
    await expect(withStateConflicts(() => Promise.reject(other))).rejects.toBe(other)
    await expect(withStateConflicts(async () => 42)).resolves.toBe(42)
  })
})
