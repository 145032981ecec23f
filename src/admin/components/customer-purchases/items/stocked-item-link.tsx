import { Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { formatDate } from "../../common/dates"
import { formatAmount } from "../../common/money"
import type { PurchaseItem } from "../types"

type StockedItemLinkProps = { item: PurchaseItem; currencyCode: string }

/** Where a stocked item went: a link to its inventory item, and its cost. */
export const StockedItemLink = ({ item, currencyCode }: StockedItemLinkProps) => {
  if (item.status !== "stocked" || !item.stocked_inventory_item_id) return null
  return (
    <Text size="xsmall" className="text-ui-fg-subtle">
      <Link
        to={`/inventory/${item.stocked_inventory_item_id}`}
        className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover"
      >
        View in inventory
      </Link>
      {item.unit_cost !== null && ` · cost ${formatAmount(item.unit_cost, currencyCode)}/unit`}
      {item.stocked_at && ` · ${formatDate(item.stocked_at)}`}
    </Text>
  )
}
