import { Button, Container, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { useItemDeposits } from "../../hooks/item-deposits"
import { ErrorState } from "../common/error-state"
import { DepositMiniTable } from "./deposit-mini-table"
import { StoreCreditBalances } from "./store-credit-balances"
import { WidgetHeader } from "./widget-header"

const LIMIT = 5

/** On a customer's page: their latest deposits and their store-credit balances. */
export const CustomerDepositsSection = ({ customerId }: { customerId: string }) => {
  const { data, isLoading, isError, error, refetch } = useItemDeposits({
    customer_id: customerId,
    limit: LIMIT,
    order: "-created_at",
  })
  const count = data?.count ?? 0

  return (
    <Container className="divide-y p-0">
      <WidgetHeader
        title="Item deposits"
        subtitle={data ? (count ? `${count} ${count === 1 ? "deposit" : "deposits"}` : undefined) : undefined}
        actions={
          <>
            {count > LIMIT && (
              <Button size="small" variant="transparent" asChild>
                <Link to={`/item-deposits?customer_id=${customerId}`}>View all</Link>
              </Button>
            )}
            <Button size="small" variant="secondary" asChild>
              <Link to={`/item-deposits/create?customer_id=${customerId}`}>Create</Link>
            </Button>
          </>
        }
      />
      {isLoading ? (
        <Text size="small" className="text-ui-fg-muted px-6 py-4">
          Loading deposits…
        </Text>
      ) : isError ? (
        <ErrorState error={error} title="Could not load deposits" onRetry={() => refetch()} />
      ) : !count ? (
        <Text size="small" className="text-ui-fg-muted px-6 py-4">
          No deposits for this customer.
        </Text>
      ) : (
        <DepositMiniTable deposits={data!.item_deposits} show="variant" />
      )}
      <StoreCreditBalances customerId={customerId} />
    </Container>
  )
}
