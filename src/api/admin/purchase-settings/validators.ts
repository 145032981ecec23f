import { z } from "@medusajs/framework/zod"
import { PAYOUT_METHOD_TYPES } from "../../../types/customer-purchase"
import { FINAL_ITEM_STATUSES } from "../../../types/customer-purchase"

const Stage = z
  .object({
    value: z
      .string()
      .regex(/^[a-z0-9_]+$/, "must be lower-case letters, digits and _")
      .refine(
        (value) => !(FINAL_ITEM_STATUSES as readonly string[]).includes(value),
        "is a final status, not a stage"
      ),
    label: z.string().trim().min(1),
  })
  .strict()

const PayoutMethod = z
  .object({
    id: z.string().regex(/^[a-z0-9_-]+$/, "must be lower-case letters, digits, _ and -"),
    name: z.string().trim().min(1),
    type: z.enum(PAYOUT_METHOD_TYPES),
    enabled: z.boolean().default(true),
  })
  .strict()

const unique = <T>(key: (item: T) => string, what: string) => (items: T[]) =>
  new Set(items.map(key)).size === items.length || `${what} must be unique`

const nullableText = z.string().trim().nullish()

export const AdminUpdatePurchaseSettings = z
  .object({
    enabled: z.boolean().optional(),
    stages: z
      .array(Stage)
      .min(1)
      .superRefine((stages, ctx) => {
        const ok = unique<z.infer<typeof Stage>>((s) => s.value, "stage values")(stages)
        if (ok !== true) ctx.addIssue({ code: "custom", message: ok })
      })
      .optional(),
    payout_methods: z
      .array(PayoutMethod)
      .min(1)
      .superRefine((methods, ctx) => {
        const ok = unique<z.infer<typeof PayoutMethod>>((m) => m.id, "payout method ids")(methods)
        if (ok !== true) ctx.addIssue({ code: "custom", message: ok })
      })
      .optional(),
    default_location_id: z.string().nullish(),
    receipt_template: z
      .object({
        store_name: z.string().trim().min(1),
        store_address: nullableText,
        store_phone: nullableText,
        store_email: nullableText,
        store_tax_id: nullableText,
        header: nullableText,
        seller_declaration: nullableText,
        terms: nullableText,
        footer: nullableText,
        signature_lines: z.array(z.string().trim().min(1)).max(4),
      })
      .partial()
      .strict()
      .optional(),
  })
  .strict()
export type AdminUpdatePurchaseSettingsType = z.infer<typeof AdminUpdatePurchaseSettings>
