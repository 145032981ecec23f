import { model } from "@medusajs/framework/utils"
import { ItemDeposit } from "./item-deposit"

/**
 * Stock held for a deposit: a core Inventory Module reservation of the
 * deposited units, so they are not sold to someone else. `held` while the
 * reservation exists; `released` once it was deleted (the deposit was
 * consumed, converted, refunded, cancelled or expired), `reason` says why.
 * One held row per deposit and inventory item.
 */
export const ItemDepositReservation = model
  .define("item_deposit_reservation", {
    id: model.id({ prefix: "idres" }).primaryKey(),
    reservation_id: model.text(),
    inventory_item_id: model.text(),
    location_id: model.text(),
    quantity: model.number(),
    status: model.enum(["held", "released"]).default("held"),
    released_at: model.dateTime().nullable(),
    reason: model.text().nullable(),
    deposit: model.belongsTo(() => ItemDeposit, { mappedBy: "reservations" }),
  })
  .indexes([
    { on: ["deposit_id", "inventory_item_id"], unique: true, where: "status = 'held'" },
    { on: ["reservation_id"] },
  ])
