import { model } from "@medusajs/framework/utils"
import { ItemDepositApplication } from "./item-deposit-application"
import { ItemDepositTransaction } from "./item-deposit-transaction"
import { ItemDepositReservation } from "./item-deposit-reservation"

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
      // refund_due: expired under the "refund" rule; the money is still on
      // the deposit (no checkout uses it) until the merchant records the
      // refund, converts or cancels it.
      .enum(["active", "consumed", "converted", "refunded", "cancelled", "refund_due"])
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
    // Expiry (see src/workflows/item-deposit/utils/expire-deposits.ts): when
    // the deposit lapses, when its reminder went out (once), and when and how
    // the expiry job applied the merchant's rule (once).
    expires_at: model.dateTime().nullable(),
    expiry_reminded_at: model.dateTime().nullable(),
    expired_at: model.dateTime().nullable(),
    expiry_outcome: model.enum(["kept", "converted", "refund_due"]).nullable(),
    // Where the deposit came from: "admin" (taken by the merchant) or
    // "online" (bought through a storefront checkout; order_id says which).
    source: model.enum(["admin", "online"]).default("admin"),
    source_order_id: model.text().nullable(),
    metadata: model.json().nullable(),
    transactions: model.hasMany(() => ItemDepositTransaction, {
      mappedBy: "deposit",
    }),
    applications: model.hasMany(() => ItemDepositApplication, {
      mappedBy: "deposit",
    }),
    reservations: model.hasMany(() => ItemDepositReservation, {
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
    // What the expiry job scans: active deposits with an expiry date.
    { on: ["expires_at"], where: "status = 'active' AND expires_at IS NOT NULL" },
    // One online deposit per (order, variant): a redelivered order.placed
    // creates nothing twice.
    { on: ["source_order_id", "variant_id"], unique: true, where: "source_order_id IS NOT NULL" },
  ])
