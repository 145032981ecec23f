import { model } from "@medusajs/framework/utils"

/**
 * A refurbishment cost of a bought item (parts, labour, other), per unit of
 * the item: what the merchant spent to make it sellable. The entries sum
 * into the item's `refurbishment_cost` (and so into `unit_cost`). Append-only
 * (a trigger rejects UPDATE and DELETE): a mistake is corrected by a new
 * entry the other way (`amount` may be negative for that).
 */
export const PurchaseItemCost = model
  .define({ name: "PurchaseItemCost", tableName: "customer_purchase_item_cost" }, {
    id: model.id({ prefix: "cpcost" }).primaryKey(),
    purchase_id: model.text(),
    item_id: model.text(),
    kind: model.enum(["parts", "labour", "other"]),
    amount: model.bigNumber(),
    note: model.text().nullable(),
    actor_id: model.text().nullable(),
  })
  .indexes([
    { on: ["item_id", "created_at"] },
    // The margins report sums the costs entered in a date range.
    { on: ["created_at"] },
  ])
