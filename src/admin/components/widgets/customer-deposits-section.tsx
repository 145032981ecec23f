import { useItemDeposits } from "../../hooks/item-deposits"
import { DepositsWidget } from "./deposits-widget"
import { StoreCreditBalances } from "./store-credit-balances"

const LIMIT = 5

/** On a customer's page: their latest deposits and their store-credit balances. */
export const CustomerDepositsSection = ({ customerId }: { customerId: string }) => {
  const query = useItemDeposits({ customer_id: customerId, limit: LIMIT, order: "-created_at" })
  const count = query.data?.count ?? 0

  return (
    <DepositsWidget
      title="Item deposits"
      description={count ? `${count} ${count === 1 ? "deposit" : "deposits"}` : undefined}
      viewAllTo={count > LIMIT ? `/item-deposits?customer_id=${customerId}` : undefined}
      createTo={`/item-deposits/create?customer_id=${customerId}`}
      query={query}
      deposits={query.data?.item_deposits ?? []}
      emptyText="No deposits for this customer."
      show="variant"
    >
      <StoreCreditBalances customerId={customerId} />
    </DepositsWidget>
  )
}
