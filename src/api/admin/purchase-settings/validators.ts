import { z } from "@medusajs/framework/zod"
import { DEPOSIT_RETURN_RULES, FINAL_ITEM_STATUSES, HOLD_RULE_MATCHES, PAYOUT_METHOD_TYPES } from "../../../types/customer-purchase"
import { field } from "../../utils/field-error"
import { id, notes, optionalText, text } from "../../utils/validation"

const Stage = z
  .object({
    value: z
      .string()
      .max(64, field("must be at most 64 characters"))
      .regex(/^[a-z0-9_]+$/, field("must be lower-case letters, digits and _"))
      .refine(
        (value) => !(FINAL_ITEM_STATUSES as readonly string[]).includes(value),
        field("is a final status, not a stage")
      ),
    label: text(),
  })
  .strict()

const PayoutMethod = z
  .object({
    id: z.string().max(64, field("must be at most 64 characters")).regex(/^[a-z0-9_-]+$/, field("must be lower-case letters, digits, _ and -")),
    name: text(),
    type: z.enum(PAYOUT_METHOD_TYPES),
    enabled: z.boolean().default(true),
  })
  .strict()

const hasDuplicates = (values: string[]) => new Set(values).size !== values.length

const nullableText = optionalText()

const ReceiptTemplate = z
  .object({
    store_name: text(),
    store_address: nullableText,
    store_phone: nullableText,
    store_email: nullableText,
    store_tax_id: nullableText,
    header: notes(),
    seller_declaration: notes(),
    terms: notes(),
    footer: notes(),
    signature_lines: z.array(text()).max(4),
  })
  .partial()
  .strict()

// Hold and retention lengths in days: up to 100 years.
const days = z.number().int(field("must be a whole number of days")).min(0, field("must be 0 or more")).max(36500, field("must be at most 36500"))

const HoldRule = z
  .object({
    match: z.enum(HOLD_RULE_MATCHES),
    value: text(),
    key: optionalText(64),
    days,
  })
  .strict()
  .refine((rule) => rule.match !== "item_metadata" || !!rule.key, {
    path: ["key"],
    ...field("is required when match is item_metadata"),
  })

export const AdminUpdatePurchaseSettings = z
  .object({
    enabled: z.boolean().optional(),
    stages: z
      .array(Stage)
      .min(1)
      .max(50)
      .refine(
        (stages) => !hasDuplicates(stages.map((s) => s.value)),
        field("stage values must be unique")
      )
      .optional(),
    payout_methods: z
      .array(PayoutMethod)
      .min(1)
      .max(50)
      .refine(
        (methods) => !hasDuplicates(methods.map((m) => m.id)),
        field("payout method ids must be unique")
      )
      .optional(),
    default_location_id: id().nullish(),
    receipt_template: ReceiptTemplate.optional(),
    deposit_return_rule: z.enum(DEPOSIT_RETURN_RULES).optional(),
    hold_rules: z.array(HoldRule).max(100).optional(),
    default_hold_days: days.optional(),
    no_cash: z.boolean().optional(),
    require_seller_date_of_birth: z.boolean().optional(),
    id_image_retention_days: days.nullish(),
    id_number_retention_days: days.nullish(),
    default_sales_channel_ids: z
      .array(id())
      .max(50)
      .refine((ids) => !hasDuplicates(ids), field("sales channel ids must be unique"))
      .nullish(),
  })
  .strict()
export type AdminUpdatePurchaseSettingsType = z.infer<typeof AdminUpdatePurchaseSettings>

export const AdminPreviewReceipt = z.object({ receipt_template: ReceiptTemplate.optional() }).strict()
export type AdminPreviewReceiptType = z.infer<typeof AdminPreviewReceipt>
