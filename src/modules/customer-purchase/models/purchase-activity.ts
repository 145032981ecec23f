import { model } from "@medusajs/framework/utils"
import { CustomerPurchase } from "./customer-purchase"

/**
 * The purchase's history: one row per note, status change, payout, stocking,
 * ID reveal and so on. Append-only: the service offers no update or delete
 * path to routes, and the migration adds a trigger that rejects UPDATE and
 * DELETE on the table, so a correction is always a new entry.
 */
export const PurchaseActivity = model
  .define({ name: "PurchaseActivity", tableName: "customer_purchase_activity" }, {
    id: model.id({ prefix: "cpact" }).primaryKey(),
    item_id: model.text().nullable(),
    type: model.enum([
      "created",
      "updated",
      "note",
      "item_added",
      "item_updated",
      "item_removed",
      "status_changed",
      "attachment_added",
      "id_revealed",
      "paid_out",
      "stocked",
      "cancelled",
      "completed",
      "hold_placed",
      "hold_released",
      "police_hold_placed",
      "police_hold_lifted",
      "serial_block_overridden",
      "legal_hold_set",
      "legal_hold_cleared",
      "id_purged",
      "cost_added",
      "sold",
      "sale_reversed",
    ]),
    actor_id: model.text().nullable(),
    from_status: model.text().nullable(),
    to_status: model.text().nullable(),
    note: model.text().nullable(),
    data: model.json().nullable(),
    purchase: model.belongsTo(() => CustomerPurchase, {
      mappedBy: "activities",
    }),
  })
  .indexes([{ on: ["purchase_id", "created_at"] }, { on: ["item_id"] }])
