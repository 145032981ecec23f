import { z } from "@medusajs/framework/zod"
import { findParams, optionalText, searchText, text } from "../../utils/validation"

export const AdminCreateBlockedSerial = z
  .object({
    serial_number: text(),
    reason: text(1000),
    reference: optionalText(),
  })
  .strict()
export type AdminCreateBlockedSerialType = z.infer<typeof AdminCreateBlockedSerial>

export const AdminGetBlockedSerialsParams = findParams({ limit: 50, orderable: ["created_at", "serial_number"] }).merge(
  z.object({ q: searchText() })
)

export const AdminCheckSerialParams = z.object({ serial_number: text() }).strict()

