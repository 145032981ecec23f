import { z } from "@medusajs/framework/zod"
import { amount, currencyCode, id, isoDate, notes, oneOrMany, safeString } from "../../utils/validation"
import { field } from "../../utils/field-error"
import { ITEM_CONDITIONS } from "../../../types/customer-purchase"

export const AdminAddPurchaseItemCost = z
  .object({
    kind: z.enum(["parts", "labour", "other"], field("must be one of parts, labour, other")),
    /** Per unit of the item. */
    amount: amount({ positive: true }),
    note: notes(),
  })
  .strict()
export type AdminAddPurchaseItemCostType = z.infer<typeof AdminAddPurchaseItemCost>

/** `to` given as a day (2026-12-31) means the end of that day. */
const endOfDay = (value: unknown) =>
  typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value.trim()) ? `${value.trim()}T23:59:59.999Z` : value

const list = <T extends z.ZodTypeAny>(schema: T) =>
  oneOrMany(schema)
    .optional()
    .transform((value) => (value === undefined ? undefined : ([] as z.infer<T>[]).concat(value)))

export const AdminGetMarginsReport = z
  .object({
    from: isoDate().optional(),
    to: z.preprocess(endOfDay, isoDate()).optional(),
    /** The items' stage (or final status). */
    status: list(safeString()),
    condition: list(z.enum(ITEM_CONDITIONS, field(`must be one of ${ITEM_CONDITIONS.join(", ")}`))),
    product_id: list(id()),
    currency_code: currencyCode()
      .transform((code) => code.toLowerCase())
      .optional(),
  })
  .strict()
  .refine((q) => !q.from || !q.to || q.from <= q.to, { path: ["to"], ...field("must not be before from") })
export type AdminGetMarginsReportType = z.infer<typeof AdminGetMarginsReport>
