import { Button, Container, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { useItemDeposits } from "../../hooks/item-deposits"
import { ErrorState } from "../common/error-state"
import { DepositMiniTable } from "./deposit-mini-table"
import { WidgetHeader } from "./widget-header"

const LIMIT = 10

/** On a variant's page: who has paid towards it, and which of those are special orders. */
export const VariantDepositsSection = ({ variantId }: { variantId: string }) => {
  const { data, isLoading, isError, error, refetch } = useItemDeposits({
    variant_id: variantId,
    status: "active",
    limit: LIMIT,
    order: "-created_at",
  })
  const deposits = data?.item_deposits ?? []
  const count = data?.count ?? 0
  const specialOrders = deposits.filter((deposit) => deposit.special_order).length
  // Whole units only: no money is added up in the browser.
  const units = deposits.reduce((sum, deposit) => sum + deposit.remaining_units, 0)

  return (
    <Container className="divide-y p-0">
      <WidgetHeader
        title="Active deposits"
        subtitle={
          count
            ? `${count} active · ${units} ${units === 1 ? "unit" : "units"} paid towards${
                count > LIMIT ? ` (latest ${LIMIT})` : ""
              }${specialOrders ? ` · ${specialOrders} to order` : ""}`
            : undefined
        }
        actions={
          <>
            {count > 0 && (
              <Button size="small" variant="transparent" asChild>
                <Link to={`/item-deposits?variant_id=${variantId}&status=active`}>View all</Link>
              </Button>
            )}
            <Button size="small" variant="secondary" asChild>
              <Link to={`/item-deposits/create?variant_id=${variantId}`}>Create</Link>
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
          No active deposits or special orders for this variant.
        </Text>
      ) : (
        <DepositMiniTable deposits={deposits} show="customer" />
      )}
    </Container>
  )
}
