import { z } from "@medusajs/framework/zod"
import { optionalText, text } from "../../utils/validation"

export const AdminPlacePoliceHold = z.object({ reason: text(1000) }).strict()
export type AdminPlacePoliceHoldType = z.infer<typeof AdminPlacePoliceHold>

export const AdminLiftPoliceHold = z.object({ reason: optionalText(1000) }).strict()
export type AdminLiftPoliceHoldType = z.infer<typeof AdminLiftPoliceHold>
