import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"

export const StoreGetItemDepositsParams = createFindParams({ limit: 20, offset: 0 }).merge(
  z.object({
    status: z
      .union([
        z.enum(["active", "consumed", "converted", "refunded", "cancelled"]),
        z.array(z.enum(["active", "consumed", "converted", "refunded", "cancelled"])),
      ])
      .optional(),
  })
)

export const StoreClaimItemDeposit = z
  .object({ claim_code: z.string().trim().min(4).max(32) })
  .strict()
export type StoreClaimItemDepositType = z.infer<typeof StoreClaimItemDeposit>
