import { createStep } from "@medusajs/framework/workflows-sdk"
import { stateConflict } from "../../../utils/errors"
import { formatDepositNumber } from "../../../utils/deposit-number"

export const validateItemDepositOpenStepId = "validate-item-deposit-open"

/** A converted, refunded or cancelled deposit is closed for good. */
export const validateItemDepositOpenStep = createStep(
  validateItemDepositOpenStepId,
  async ({ deposit }: { deposit: { display_id: number | string; status: string } }) => {
    if (["converted", "refunded", "cancelled"].includes(deposit.status)) {
      throw stateConflict(
        `Deposit ${formatDepositNumber(deposit.display_id)} is ${deposit.status} and can no longer be edited.`
      )
    }
  }
)
