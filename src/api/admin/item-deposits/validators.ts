import { z } from "@medusajs/framework/zod"
import {
  createFindParams,
  createOperatorMap,
  createSelectParams,
} from "@medusajs/medusa/api/utils/validators"
import { field } from "../../utils/field-error"

const STATUSES = ["active", "consumed", "converted", "refunded", "cancelled"] as const
const oneOrMany = <T extends z.ZodTypeAny>(schema: T) => z.union([schema, z.array(schema)])

export const AdminGetItemDepositParams = createSelectParams()

export const AdminGetItemDepositsParams = createFindParams({ limit: 20, offset: 0 }).merge(
  z.object({
    id: oneOrMany(z.string()).optional(),
    customer_id: oneOrMany(z.string()).optional(),
    variant_id: oneOrMany(z.string()).optional(),
    status: oneOrMany(z.enum(STATUSES)).optional(),
    special_order: z.preprocess(
      (value) => (value === "true" ? true : value === "false" ? false : value),
      z.boolean()
    ).optional(),
    created_at: createOperatorMap().optional(),
  })
)
export type AdminGetItemDepositsParamsType = z.infer<typeof AdminGetItemDepositsParams>

const positiveAmount = z.union([
  z.number().positive(),
  z
    .string()
    .regex(/^\d*\.?\d+$/, field("must be a positive decimal amount"))
    .refine((value) => /[1-9]/.test(value), field("must be greater than 0")),
])

export const AdminCreateItemDeposit = z
  .object({
    customer_id: z.string().min(1),
    variant_id: z.string().min(1),
    currency_code: z.string().regex(/^[a-zA-Z]{3}$/, field("must be a 3-letter ISO 4217 code")),
    amount_per_unit: positiveAmount,
    units: z.number().int().positive().default(1),
    payment_method: z.string().trim().min(1),
    payment_reference: z.string().trim().nullish(),
    special_order: z.boolean().default(false),
    special_order_note: z.string().trim().nullish(),
    expected_at: z.coerce.date().nullish(),
    notes: z.string().nullish(),
    metadata: z.record(z.string(), z.unknown()).nullish(),
  })
  .strict()
export type AdminCreateItemDepositType = z.infer<typeof AdminCreateItemDeposit>

export const AdminUpdateItemDeposit = z
  .object({
    special_order: z.boolean().optional(),
    special_order_note: z.string().trim().nullish(),
    expected_at: z.coerce.date().nullish(),
    payment_reference: z.string().trim().nullish(),
    notes: z.string().nullish(),
    metadata: z.record(z.string(), z.unknown()).nullish(),
  })
  .strict()
export type AdminUpdateItemDepositType = z.infer<typeof AdminUpdateItemDeposit>

export const AdminConvertItemDeposit = z
  .object({ reason: z.string().trim().min(1).max(1000) })
  .strict()
export type AdminConvertItemDepositType = z.infer<typeof AdminConvertItemDeposit>

export const AdminRefundItemDeposit = z
  .object({
    reason: z.string().trim().max(1000).nullish(),
    refund_method: z.string().trim().min(1),
    refund_reference: z.string().trim().nullish(),
  })
  .strict()
export type AdminRefundItemDepositType = z.infer<typeof AdminRefundItemDeposit>

export const AdminCancelItemDeposit = z
  .object({ reason: z.string().trim().max(1000).nullish() })
  .strict()
export type AdminCancelItemDepositType = z.infer<typeof AdminCancelItemDeposit>
