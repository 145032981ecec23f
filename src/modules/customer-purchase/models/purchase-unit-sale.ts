import { model } from "@medusajs/framework/utils"

/**
 * What one bought unit earned: a `sale` entry when an order took the unit
 * (net of discounts and tax, per unit, with the unit's cost at that moment),
 * and a `reversal` entry, pointing at it, when the unit left the order again
 * (return received, claim, exchange, order edit, cancellation). Append-only
 * (a trigger rejects UPDATE and DELETE): amounts of a reversal are the sale's
 * negated, so every total is a plain sum.
 *
 * The unique indexes are what makes recording idempotent under concurrent
 * deliveries of the same order event: an order line's n-th sale exists once,
 * and a sale is reversed once.
 */
export const PurchaseUnitSale = model
  .define({ name: "PurchaseUnitSale", tableName: "customer_purchase_unit_sale" }, {
    id: model.id({ prefix: "cpsale" }).primaryKey(),
    kind: model.enum(["sale", "reversal"]),
    purchase_id: model.text(),
    item_id: model.text(),
    variant_id: model.text(),
    order_id: model.text(),
    order_line_item_id: model.text(),
    /** 1, 2, … per order line: the line's n-th unit sold (never reused). */
    line_sequence: model.number(),
    /** The sale this entry reverses (reversals only). */
    reverses_id: model.text().nullable(),
    currency_code: model.text(),
    /** Net revenue of the unit: the line's total less its tax, per unit (negative on a reversal). */
    amount: model.bigNumber(),
    /** The unit's cost (price paid plus refurbishment) when sold (negative on a reversal). */
    unit_cost: model.bigNumber(),
    occurred_at: model.dateTime(),
    reason: model.text().nullable(),
  })
  .indexes([
    { on: ["order_line_item_id", "line_sequence"], unique: true, where: "kind = 'sale'" },
    { on: ["reverses_id"], unique: true, where: "reverses_id IS NOT NULL" },
    { on: ["order_id"] },
    { on: ["item_id"] },
    { on: ["purchase_id"] },
    // The margins report: the entries of a date range.
    { on: ["occurred_at"] },
  ])
