import { model } from "@medusajs/framework/utils"

/**
 * The merchant's list of serial numbers / IMEIs reported stolen (or otherwise
 * not to be bought). `serial_key` is the serial normalised (upper case,
 * letters and digits only) so "356938-035643809" and "356938035643809" match.
 * Removing an entry soft-deletes it, keeping who reported what.
 */
export const BlockedSerial = model
  .define({ name: "BlockedSerial", tableName: "customer_purchase_blocked_serial" }, {
    id: model.id({ prefix: "cpblk" }).primaryKey(),
    serial_number: model.text(),
    serial_key: model.text(),
    reason: model.text(),
    reference: model.text().nullable(),
    actor_id: model.text().nullable(),
  })
  .indexes([{ on: ["serial_key"], unique: true, where: "deleted_at IS NULL" }])
