import { model } from "@medusajs/framework/utils"

/**
 * The merchant's settings for buying from the public. A single row, created
 * with defaults the first time it is read (see the service).
 */
export const PurchaseSetting = model.define(
  { name: "PurchaseSetting", tableName: "customer_purchase_setting" },
  {
  id: model.id({ prefix: "cpset" }).primaryKey(),
  enabled: model.boolean().default(false),
  // Ordered list of { value, label }: value is what items store, label is
  // what the merchant renames.
  stages: model.json(),
  // List of { id, name, type, enabled }.
  payout_methods: model.json(),
  default_location_id: model.text().nullable(),
  receipt_template: model.json(),
  // Where a deposit's share of items that leave an order (returns, claims,
  // exchanges, order edits) goes: back onto the deposit, or into the
  // customer's store credit.
  deposit_return_rule: model.enum(["deposit", "store_credit"]).default("deposit"),
  // Sales channel ids a product created by stocking is put into, unless the
  // merchant picks others in the stock drawer. Null: the store's default
  // sales channel.
  default_sales_channel_ids: model.json().nullable(),
})
