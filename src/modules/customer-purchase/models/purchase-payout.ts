import { model } from "@medusajs/framework/utils"
import { CustomerPurchase } from "./customer-purchase"
import { PurchasePayoutLine } from "./purchase-payout-line"

/**
 * The money paid to the seller. At most one per purchase: the unique index on
 * purchase_id is the database's guarantee against paying out twice, even when
 * two server processes race past their locks.
 */
export const PurchasePayout = model
  .define({ name: "PurchasePayout", tableName: "customer_purchase_payout" }, {
    id: model.id({ prefix: "cppay" }).primaryKey(),
    currency_code: model.text(),
    total: model.bigNumber(),
    paid_by: model.text().nullable(),
    lines: model.hasMany(() => PurchasePayoutLine, { mappedBy: "payout" }),
    purchase: model.belongsTo(() => CustomerPurchase, { mappedBy: "payout" }),
  })
  .indexes([
    { on: ["purchase_id"], unique: true, where: "deleted_at IS NULL" },
  ])
