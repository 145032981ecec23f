import { model } from "@medusajs/framework/utils"
import { CustomerPurchase } from "./customer-purchase"

/**
 * One line of a purchase: what was bought, what was paid for it, and where it
 * is in refurbishment. `status` holds either a refurbishment stage defined in
 * the purchase settings or one of the final statuses (stocked, scrapped,
 * returned_to_seller).
 */
export const CustomerPurchaseItem = model
  .define("customer_purchase_item", {
    id: model.id({ prefix: "cpitem" }).primaryKey(),
    title: model.text(),
    variant_id: model.text().nullable(),
    serial_number: model.text().nullable(),
    condition: model
      .enum(["new", "like_new", "good", "fair", "poor", "faulty"])
      .nullable(),
    quantity: model.number().default(1),
    unit_price: model.bigNumber(),
    notes: model.text().nullable(),
    status: model.text(),
    refurbishment_cost: model.bigNumber().default(0),
    // Filled in once, by stocking: where the item went and what it cost per
    // unit (price paid plus refurbishment). variant_id then holds the variant
    // it became.
    stocked_location_id: model.text().nullable(),
    stocked_inventory_item_id: model.text().nullable(),
    unit_cost: model.bigNumber().nullable(),
    stocked_at: model.dateTime().nullable(),
    // Units of this item that orders hold now (sales minus reversals in
    // customer_purchase_unit_sale): kept here, under the item's row lock,
    // so finding a variant's next unsold unit reads one index, not a ledger.
    sold_quantity: model.number().default(0),
    metadata: model.json().nullable(),
    // Position in the order the merchant entered the items (0, 1, ...): rows
    // inserted together share created_at, and PostgreSQL returns updated rows
    // in no fixed order, so the receipt and the admin sort by this.
    rank: model.number().default(0),
    purchase: model.belongsTo(() => CustomerPurchase, { mappedBy: "items" }),
  })
  .indexes([
    { on: ["purchase_id"] },
    // The list's item_status filter joins on purchase_id: with both in the
    // index, PostgreSQL reads the matching items from the index alone.
    { on: ["status", "purchase_id"] },
    // Exact lookups; substring search (`q`) uses the trigram index of the
    // hand-written migration Migration20261202145600.
    { on: ["serial_number"] },
    { on: ["variant_id"] },
    // Selling: the variant's stocked units, first in first out.
    { on: ["variant_id", "stocked_at"], where: "status = 'stocked'" },
    // The margins report: bought in a date range, stock on hand.
    { on: ["created_at"] },
    // Stock on hand: stocked items with a unit unsold (the set that stays
    // small as the store sells, however many items it ever bought).
    { on: ["stocked_at"], where: "status = 'stocked' AND sold_quantity < quantity" },
  ])
