import { closeDepositRoute } from "../../close-route"
import type { AdminRefundItemDepositType } from "../../validators"

/** Records that what is left of the deposit was given back to the customer. */
export const POST = closeDepositRoute("refund", (body: AdminRefundItemDepositType) => ({
  reason: body.reason,
  reference: [body.refund_method, body.refund_reference].filter(Boolean).join(": "),
}))
