import { model } from "@medusajs/framework/utils"

/**
 * A regulator's hold on a stocked item (e.g. California's 7 days): while it
 * is active a core inventory reservation (`reservation_id`) covers the
 * stocked quantity, so the item's available quantity does not include it and
 * no cart, checkout or draft order can take it. The release job deletes the
 * reservation once `release_at` has passed, unless a police hold keeps it
 * indefinitely.
 */
export const PurchaseHold = model
  .define({ name: "PurchaseHold", tableName: "customer_purchase_hold" }, {
    id: model.id({ prefix: "cphold" }).primaryKey(),
    purchase_id: model.text(),
    item_id: model.text(),
    inventory_item_id: model.text(),
    location_id: model.text(),
    quantity: model.number(),
    reservation_id: model.text().nullable(),
    // The settings rule that set the length ({ match, value, days }), or null
    // for the default.
    rule: model.json().nullable(),
    days: model.number(),
    release_at: model.dateTime(),
    status: model.enum(["active", "released"]).default("active"),
    released_at: model.dateTime().nullable(),
    police_hold: model.boolean().default(false),
    police_reason: model.text().nullable(),
    police_hold_at: model.dateTime().nullable(),
  })
  .indexes([
    // An item is stocked once, so it is held at most once.
    { on: ["item_id"], unique: true, where: "deleted_at IS NULL" },
    { on: ["purchase_id"] },
    // What the release job scans: active holds by release date.
    { on: ["status", "release_at"] },
  ])
