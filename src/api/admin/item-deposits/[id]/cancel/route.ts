import { closeDepositRoute } from "../../close-route"
import type { AdminCancelItemDepositType } from "../../validators"

/** Voids what is left of the deposit (e.g. recorded by mistake). */
export const POST = closeDepositRoute("cancellation", (body: AdminCancelItemDepositType) => ({
  reason: body.reason,
}))
