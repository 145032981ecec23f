import type { MedusaContainer } from "@medusajs/framework/types"
import { releaseDueHolds } from "../workflows/compliance/utils/release-due-holds"

/** Every 15 minutes: make items whose hold period ended sellable again. */
export default async function releasePurchaseHolds(container: MedusaContainer) {
  await releaseDueHolds(container)
}

export const config = {
  name: "release-purchase-holds",
  schedule: "*/15 * * * *",
}
