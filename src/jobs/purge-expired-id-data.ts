import type { MedusaContainer } from "@medusajs/framework/types"
import { purgeExpiredIdData } from "../workflows/compliance/utils/purge-expired-id-data"

/** Daily at 03:30: remove ID images and full ID numbers past their retention period. */
export default async function purgeExpiredIdDataJob(container: MedusaContainer) {
  await purgeExpiredIdData(container)
}

export const config = {
  name: "purge-expired-id-data",
  schedule: "30 3 * * *",
}
