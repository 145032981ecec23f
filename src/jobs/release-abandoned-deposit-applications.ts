import type { MedusaContainer } from "@medusajs/framework/types"
import { releaseAbandonedApplications } from "../workflows/item-deposit/utils/release-abandoned-applications"

/** Every five minutes: give back deposits held by checkouts that died. */
export default async function releaseAbandonedDepositApplications(container: MedusaContainer) {
  await releaseAbandonedApplications(container)
}

export const config = {
  name: "release-abandoned-deposit-applications",
  schedule: "*/5 * * * *",
}
