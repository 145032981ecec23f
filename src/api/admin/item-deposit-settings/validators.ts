import { z } from "@medusajs/framework/zod"
import { DEPOSIT_EXPIRY_RULES } from "../../../types/item-deposit"
import { field } from "../../utils/field-error"
import { id } from "../../utils/validation"

const days = (max: number) => z.number(field("must be a number")).int(field("must be a whole number")).min(0, field("must not be negative")).max(max, field(`must be at most ${max}`))
const percent = z.number(field("must be a number")).int(field("must be a whole number")).min(1, field("must be at least 1")).max(100, field("must be at most 100"))

export const AdminUpdateItemDepositSettings = z
  .object({
    // Days from creation a new deposit expires; null: deposits never expire.
    default_expiry_days: days(3650).min(1, field("must be at least 1")).nullable().optional(),
    reminder_days_before: days(365).optional(),
    expiry_rule: z.enum(DEPOSIT_EXPIRY_RULES).optional(),
    hold_stock: z.boolean().optional(),
    online_enabled: z.boolean().optional(),
    online_product_ids: z.array(id()).max(1000).optional(),
    online_min_percent: percent.optional(),
    online_max_percent: percent.optional(),
    online_payable_with_credit: z.boolean().optional(),
  })
  .strict()
export type AdminUpdateItemDepositSettingsType = z.infer<typeof AdminUpdateItemDepositSettings>
