import { z } from "@medusajs/framework/zod"
import { isoDate, optionalText, text } from "../../utils/validation"
import { field } from "../../utils/field-error"

export const AdminPlacePoliceHold = z.object({ reason: text(1000) }).strict()
export type AdminPlacePoliceHoldType = z.infer<typeof AdminPlacePoliceHold>

export const AdminLiftPoliceHold = z.object({ reason: optionalText(1000) }).strict()
export type AdminLiftPoliceHoldType = z.infer<typeof AdminLiftPoliceHold>

/** `to` given as a day (2026-12-31) means the end of that day. */
const endOfDay = (value: unknown) =>
  typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value.trim()) ? `${value.trim()}T23:59:59.999Z` : value

export const AdminExportCustomerPurchases = z
  .object({
    from: isoDate().optional(),
    to: z.preprocess(endOfDay, isoDate()).optional(),
    format: z.enum(["csv"]).default("csv"),
    preset: z.enum(["standard", "florida"]).default("standard"),
  })
  .strict()
  .refine((q) => !q.from || !q.to || q.from <= q.to, { path: ["to"], ...field("must not be before from") })
export type AdminExportCustomerPurchasesType = z.infer<typeof AdminExportCustomerPurchases>

export const AdminSetLegalHold = z
  .object({ on: z.boolean(), reason: optionalText(1000) })
  .strict()
  .refine((body) => !body.on || !!body.reason, { path: ["reason"], ...field("is required when setting a legal hold") })
export type AdminSetLegalHoldType = z.infer<typeof AdminSetLegalHold>
