import { model } from "@medusajs/framework/utils"
import { ItemDepositApplication } from "./item-deposit-application"
import { ItemDepositTransaction } from "./item-deposit-transaction"

/**
 * Money a customer paid towards one product variant they will buy later. It
 * pays for that variant only. What is left of it is never stored: it is the
 * sum of the deposit's ledger (see ItemDepositTransaction); `status` only
 * records which way the deposit went.
 */
export const ItemDeposit = model
  .define("item_deposit", {
    id: model.id({ prefix: "idep" }).primaryKey(),
    // Human-friendly number printed on the slip as D-<display_id>.
    display_id: model.autoincrement(),
    customer_id: model.text(),
    variant_id: model.text(),
    currency_code: model.text(),
    amount_per_unit: model.bigNumber(),
    units: model.number(),
    status: model
      .enum(["active", "consumed", "converted", "refunded", "cancelled"])
      .default("active"),
    payment_method: model.text(),
    payment_reference: model.text().nullable(),
    special_order: model.boolean().default(false),
    special_order_note: model.text().nullable(),
    expected_at: model.dateTime().nullable(),
    notes: model.text().nullable(),
    // Printed on the slip: lets a walk-in customer attach the deposit to the
    // online account they create later. Random and long enough that
    // guessing one is hopeless; single use (see claimed_at).
    claim_code: model.text(),
    claimed_at: model.dateTime().nullable(),
    created_by: model.text().nullable(),
    metadata: model.json().nullable(),
    transactions: model.hasMany(() => ItemDepositTransaction, {
      mappedBy: "deposit",
    }),
    applications: model.hasMany(() => ItemDepositApplication, {
      mappedBy: "deposit",
    }),
  })
  .indexes([
    { on: ["customer_id", "status"] },
    { on: ["variant_id", "status"] },
    { on: ["special_order", "status"] },
    { on: ["claim_code"], unique: true },
    { on: ["created_at"] },
    // The admin list filtered by status alone (the composites above lead
    // with another column).
    { on: ["status"] },
  ])
