import { model } from "@medusajs/framework/utils"

/**
 * The merchant's deposit settings (one row, created with the defaults on
 * first read). `deposit_return_rule` stays in the customer-purchase
 * settings where it already was; everything added for expiry, stock holds
 * and online deposits lives here, next to the deposits it governs.
 */
export const ItemDepositSetting = model.define("item_deposit_setting", {
  id: model.id({ prefix: "idset" }).primaryKey(),
  // Expiry: days from creation a new deposit lapses (null: never), how many
  // days before it the reminder event goes out, and what happens then.
  default_expiry_days: model.number().nullable(),
  reminder_days_before: model.number().default(7),
  expiry_rule: model.enum(["keep", "store_credit", "refund_due"]).default("keep"),
  // Reserve the deposited units of an in-stock variant.
  hold_stock: model.boolean().default(false),
  // Online deposits: which products accept them (empty: none), and the
  // share of the variant's price one unit's deposit may be, in percent.
  online_enabled: model.boolean().default(false),
  online_product_ids: model.json().nullable(),
  online_min_percent: model.number().default(10),
  online_max_percent: model.number().default(100),
  // May store credit or another deposit pay for a deposit line's cart?
  online_payable_with_credit: model.boolean().default(false),
  metadata: model.json().nullable(),
})
