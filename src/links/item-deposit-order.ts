import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import ItemDepositModule from "../modules/item-deposit"

/**
 * The orders a deposit paid for, and the deposits that paid for an order
 * (`order.item_deposits`, `item_deposit.orders`). Created when the order is
 * placed; the order's credit lines (reference "item-deposit") say how much
 * each deposit paid and, in their metadata, for which variant.
 */
export default defineLink(
  { linkable: ItemDepositModule.linkable.itemDeposit, isList: true },
  { linkable: OrderModule.linkable.order, isList: true }
)
