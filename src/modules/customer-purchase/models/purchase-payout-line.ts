import { model } from "@medusajs/framework/utils"
import { PurchasePayout } from "./purchase-payout"

/**
 * One portion of a payout, by one payout method. The method's name and type
 * are copied from the settings at payout time so that later edits to the
 * settings do not rewrite what was paid.
 */
export const PurchasePayoutLine = model.define(
  { name: "PurchasePayoutLine", tableName: "customer_purchase_payout_line" },
  {
  id: model.id({ prefix: "cpline" }).primaryKey(),
  method_id: model.text(),
  method_name: model.text(),
  method_type: model.enum([
    "cash",
    "card",
    "bank_transfer",
    "cheque",
    "store_credit",
    "other",
  ]),
  amount: model.bigNumber(),
  reference: model.text().nullable(),
  // For store-credit lines: the loyalty plugin's account that was credited.
  store_credit_account_id: model.text().nullable(),
  payout: model.belongsTo(() => PurchasePayout, { mappedBy: "lines" }),
})
