import { model } from "@medusajs/framework/utils"
import { ItemDeposit } from "./item-deposit"

/**
 * The deposit's ledger, append-only: a correction is a new entry, never an
 * edit. Amounts are positive; the type says which way they move the
 * remaining amount:
 * - payment (+): the customer paid the deposit (the first payment, or a
 *   top-up later on);
 * - application (−): a checkout used it (cart_id says which);
 * - release (+): an application given back (cart changed, order
 *   cancelled, checkout failed or abandoned), for the same cart_id;
 * - return (+): the deposit's share of items that left an order (returns,
 *   claims, exchanges, order edits), order_id says which;
 * - conversion (−), refund (−), cancellation (−): the deposit was closed;
 * - reversal (+): undoes a closing entry whose workflow failed afterwards.
 */
export const ItemDepositTransaction = model
  .define("item_deposit_transaction", {
    id: model.id({ prefix: "idtx" }).primaryKey(),
    type: model.enum([
      "payment",
      "application",
      "release",
      "return",
      "conversion",
      "refund",
      "cancellation",
      "reversal",
    ]),
    amount: model.bigNumber(),
    cart_id: model.text().nullable(),
    order_id: model.text().nullable(),
    reference: model.text().nullable(),
    note: model.text().nullable(),
    actor_id: model.text().nullable(),
    // A client-chosen key for a payment entry (a top-up): the same key on
    // the same deposit records the payment once, however often it is sent.
    idempotency_key: model.text().nullable(),
    deposit: model.belongsTo(() => ItemDeposit, { mappedBy: "transactions" }),
  })
  .indexes([
    { on: ["deposit_id", "created_at"] },
    { on: ["cart_id"], where: "cart_id IS NOT NULL" },
    { on: ["type", "created_at"] },
    { on: ["deposit_id", "idempotency_key"], unique: true, where: "idempotency_key IS NOT NULL" },
  ])
