import type { MedusaContainer } from "@medusajs/framework/types"
import { runDepositExpiry } from "../workflows/item-deposit/utils/expire-deposits"

/** Hourly: expiry reminders, then the merchant's rule for deposits that lapsed. */
export default async function expireItemDeposits(container: MedusaContainer) {
  await runDepositExpiry(container)
}

export const config = {
  name: "expire-item-deposits",
  schedule: "15 * * * *",
}
