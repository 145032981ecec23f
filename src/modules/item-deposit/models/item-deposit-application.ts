import { model } from "@medusajs/framework/utils"
import { ItemDeposit } from "./item-deposit"

/**
 * The life of one deposit's money in one cart, and then in the order placed
 * from it. The ledger (ItemDepositTransaction) says how much moved and when;
 * this row says where the money is now, so that "money still held by a cart"
 * is a small indexed set instead of a sum over the whole ledger:
 * - held: a checkout applied `amount` to the cart, and no order has taken it
 *   yet (the checkout is running, or it died);
 * - consumed: the order `order_id` paid `amount` with it; `returned_amount`
 *   of that came back when items left the order (returns, claims, exchanges,
 *   order edits);
 * - released: the cart or its order gave it all back (cart changed, checkout
 *   failed or abandoned, order cancelled).
 */
export const ItemDepositApplication = model
  .define("item_deposit_application", {
    id: model.id({ prefix: "idap" }).primaryKey(),
    cart_id: model.text(),
    order_id: model.text().nullable(),
    status: model.enum(["held", "consumed", "released"]).default("held"),
    amount: model.bigNumber(),
    returned_amount: model.bigNumber().default(0),
    deposit: model.belongsTo(() => ItemDeposit, { mappedBy: "applications" }),
  })
  .indexes([
    { on: ["deposit_id", "cart_id"], unique: true },
    { on: ["cart_id"] },
    { on: ["order_id"], where: "order_id IS NOT NULL" },
    // What the reconciliation job scans: only held money, oldest first.
    { on: ["updated_at"], where: "status = 'held'" },
  ])
