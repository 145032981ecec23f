import { z } from "@medusajs/framework/zod"
import { amount, count, id } from "../../../../utils/validation"

/**
 * An online deposit: `variant_id` with `amount_per_unit` × `units`; or a
 * top-up of one of the customer's active deposits: `deposit_id` with the
 * `amount_per_unit` to add (for each of its units). One object rather than a
 * union, so a mistake is reported against its field.
 */
export const StoreAddCartDepositLine = z
  .object({
    variant_id: id().optional(),
    deposit_id: id().optional(),
    amount_per_unit: amount({ positive: true }),
    units: count(100).optional(),
  })
  .strict()
  .superRefine((body, ctx) => {
    if (!body.variant_id === !body.deposit_id) {
      ctx.addIssue({ code: "custom", path: ["variant_id"], message: "variant_id: give either variant_id (a new deposit) or deposit_id (a top-up)" })
    }
    if (body.variant_id && body.units === undefined) {
      ctx.addIssue({ code: "custom", path: ["units"], message: "units: required with variant_id" })
    }
    if (body.deposit_id && body.units !== undefined) {
      ctx.addIssue({ code: "custom", path: ["units"], message: "units: a top-up adds to each of the deposit's units; leave units out" })
    }
  })
export type StoreAddCartDepositLineType = z.infer<typeof StoreAddCartDepositLine>
