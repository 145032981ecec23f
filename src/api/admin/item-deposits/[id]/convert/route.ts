import { closeDepositRoute } from "../../close-route"
import type { AdminConvertItemDepositType } from "../../validators"

/** All that is left of the deposit, into the customer's store credit. */
export const POST = closeDepositRoute("conversion", (body: AdminConvertItemDepositType) => ({
  reason: body.reason,
}))
