import { useItemDeposits } from "../../hooks/item-deposits"
import { DepositsWidget } from "./deposits-widget"

const LIMIT = 10

/** On a variant's page: who has paid towards it, and which of those are special orders. */
export const VariantDepositsSection = ({ variantId }: { variantId: string }) => {
  const query = useItemDeposits({
    variant_id: variantId,
    status: "active",
    limit: LIMIT,
    order: "-created_at",
  })
  const deposits = query.data?.item_deposits ?? []
  const count = query.data?.count ?? 0
  const specialOrders = deposits.filter((deposit) => deposit.special_order).length
  // Whole units only: no money is added up in the browser.
  const units = deposits.reduce((sum, deposit) => sum + deposit.remaining_units, 0)

  return (
    <DepositsWidget
      title="Active deposits"
      description={
        count
          ? `${count} active · ${units} ${units === 1 ? "unit" : "units"} paid towards${
              count > LIMIT ? ` (latest ${LIMIT})` : ""
            }${specialOrders ? ` · ${specialOrders} to order` : ""}`
          : undefined
      }
      viewAllTo={count > 0 ? `/item-deposits?variant_id=${variantId}&status=active` : undefined}
      createTo={`/item-deposits/create?variant_id=${variantId}`}
      query={query}
      deposits={deposits}
      emptyText="No active deposits or special orders for this variant."
      show="customer"
    />
  )
}
