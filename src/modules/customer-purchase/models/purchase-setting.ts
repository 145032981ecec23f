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
  // Compliance (see README "Compliance").
  // Hold rules: list of { match, value, key?, days } (match: product_category,
  // product_type, product_tag or item_metadata); the longest matching rule
  // wins, else default_hold_days. 0 = no hold.
  hold_rules: model.json().nullable(),
  default_hold_days: model.number().default(0),
  // Scrap-metal rule: no payout by a cash-type method.
  no_cash: model.boolean().default(false),
  require_seller_date_of_birth: model.boolean().default(false),
  // Days after the purchase that ID images / full ID numbers are kept; null = forever.
  id_image_retention_days: model.number().nullable(),
  id_number_retention_days: model.number().nullable(),
  // Sales channel ids a product created by stocking is put into, unless the
  // merchant picks others in the stock drawer. Null: the store's default
  // sales channel.
  default_sales_channel_ids: model.json().nullable(),
})
