import { z } from "@medusajs/framework/zod"
import { findParams, text } from "../../../../utils/validation"

export const StoreGetItemDepositsParams = findParams({
  limit: 20,
  orderable: ["created_at", "updated_at", "status"],
}).merge(
  z.object({
    status: z
      .union([
        z.enum(["active", "consumed", "converted", "refunded", "cancelled", "refund_due"]),
        z.array(z.enum(["active", "consumed", "converted", "refunded", "cancelled", "refund_due"])),
      ])
      .optional(),
  })
)

export const StoreClaimItemDeposit = z
  .object({ claim_code: text(32).pipe(z.string().min(4)) })
  .strict()
export type StoreClaimItemDepositType = z.infer<typeof StoreClaimItemDeposit>
