import { z } from "@medusajs/framework/zod"
import {
  amount,
  count,
  currencyCode,
  dateFilter,
  findParams,
  id,
  isoDate,
  metadata,
  notes,
  oneOrMany,
  optionalText,
  fieldsParam,
  text,
} from "../../utils/validation"

const STATUSES = ["active", "consumed", "converted", "refunded", "cancelled", "refund_due"] as const

export const AdminGetItemDepositParams = z.object({ fields: fieldsParam.optional() })

export const AdminGetItemDepositsParams = findParams({
  limit: 20,
  orderable: ["created_at", "updated_at", "display_id", "status", "expected_at", "expires_at"],
}).merge(
  z.object({
    id: oneOrMany(id()).optional(),
    customer_id: oneOrMany(id()).optional(),
    variant_id: oneOrMany(id()).optional(),
    status: oneOrMany(z.enum(STATUSES)).optional(),
    special_order: z.preprocess(
      (value) => (value === "true" ? true : value === "false" ? false : value),
      z.boolean()
    ).optional(),
    created_at: dateFilter().optional(),
  })
)
export type AdminGetItemDepositsParamsType = z.infer<typeof AdminGetItemDepositsParams>

const positiveAmount = amount({ positive: true })

export const AdminCreateItemDeposit = z
  .object({
    customer_id: id(),
    variant_id: id(),
    currency_code: currencyCode(),
    amount_per_unit: positiveAmount,
    units: count().default(1),
    payment_method: text(64),
    payment_reference: optionalText(),
    special_order: z.boolean().default(false),
    special_order_note: notes(),
    expected_at: isoDate().nullish(),
    // When the deposit lapses; omitted: the settings' default_expiry_days
    // from now (or never); null: never.
    expires_at: isoDate().nullish(),
    notes: notes(),
    metadata: metadata(),
  })
  .strict()
export type AdminCreateItemDepositType = z.infer<typeof AdminCreateItemDeposit>

export const AdminUpdateItemDeposit = z
  .object({
    special_order: z.boolean().optional(),
    special_order_note: notes(),
    expected_at: isoDate().nullish(),
    payment_reference: optionalText(),
    expires_at: isoDate().nullish(),
    notes: notes(),
    metadata: metadata(),
  })
  .strict()
export type AdminUpdateItemDepositType = z.infer<typeof AdminUpdateItemDeposit>

export const AdminConvertItemDeposit = z
  .object({ reason: text(1000) })
  .strict()
export type AdminConvertItemDepositType = z.infer<typeof AdminConvertItemDeposit>

export const AdminRefundItemDeposit = z
  .object({
    reason: optionalText(1000),
    refund_method: text(64),
    refund_reference: optionalText(),
  })
  .strict()
export type AdminRefundItemDepositType = z.infer<typeof AdminRefundItemDeposit>

export const AdminCancelItemDeposit = z
  .object({ reason: optionalText(1000) })
  .strict()
export type AdminCancelItemDepositType = z.infer<typeof AdminCancelItemDeposit>

export const AdminTopUpItemDeposit = z
  .object({
    // Added to each unit's amount: the payment is this × the deposit's units.
    amount_per_unit: positiveAmount,
    payment_method: text(64),
    payment_reference: optionalText(),
    // Sent again with a retried request, records the payment once.
    idempotency_key: text(128).optional(),
  })
  .strict()
export type AdminTopUpItemDepositType = z.infer<typeof AdminTopUpItemDeposit>
