import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { stateConflict } from "../../../utils/errors"
import { findBlockedSerials, type BlockedSerialMatch } from "../utils/serial-checks"
import { serialKey } from "../../../utils/serial-key"

export type BlockedSerialOverride = { reason: string }

export type CheckBlockedSerialsStepInput = {
  /** Serials being entered, with the request field each came from (for the message). */
  serials: { serial_number?: string | null; field: string }[]
  override?: BlockedSerialOverride | null
}

export const checkBlockedSerialsStepId = "check-blocked-serials"

/**
 * Refuses (409) a serial on the merchant's blocked list unless the request
 * carries an explicit override with a reason. Returns the matched entries
 * (the workflow logs each overridden one). Writes nothing.
 */
export const checkBlockedSerialsStep = createStep(
  checkBlockedSerialsStepId,
  async (input: CheckBlockedSerialsStepInput, { container }) => {
    const given = input.serials.filter((s) => s.serial_number?.trim())
    const blocked = await findBlockedSerials(container, given.map((s) => s.serial_number!))
    if (blocked.length && !input.override) {
      const first = blocked[0]
      const field = given.find((s) => serialKey(s.serial_number!) === first.serial_key)!.field
      throw stateConflict(
        `${field}: ${first.serial_number} is on the blocked list (${first.reason}${first.reference ? `, ${first.reference}` : ""}); to buy it anyway pass blocked_serial_override: { reason }.`
      )
    }
    return new StepResponse(blocked as BlockedSerialMatch[])
  }
)
