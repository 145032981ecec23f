import { Badge, Container, Table, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { useCustomerPurchasesOfCustomer } from "../../hooks/item-deposits"
import { errorStatus } from "../common/error-message"
import { LoadStates } from "../common/load-states"
import { formatDate } from "../common/dates"
import { formatAmount } from "../common/money"
import { SectionHeader } from "../common/section"

const linkClass = "text-ui-fg-interactive hover:text-ui-fg-interactive-hover"
const label = (status: string) => status.charAt(0).toUpperCase() + status.slice(1).replace(/_/g, " ")

/** On a customer's page: what the store bought from them. */
export const CustomerPurchasesSection = ({ customerId }: { customerId: string }) => {
  const { data, isLoading, isError, error, refetch } = useCustomerPurchasesOfCustomer(customerId)
  const disabled = isError && errorStatus(error) === 403
  const purchases = data?.customer_purchases ?? []

  return (
    <Container className="divide-y p-0">
      <SectionHeader
        title="Customer purchases"
        description={data?.count ? `Bought from this customer: ${data.count}` : undefined}
      />
      {disabled ? (
        <Text size="small" className="text-ui-fg-subtle px-6 py-4">
          Purchasing from the public is turned off.{" "}
          <Link to="/settings/customer-purchases" className={linkClass}>
            Enable it in Settings
          </Link>{" "}
          to record what you buy from customers.
        </Text>
      ) : (
        <LoadStates
          isLoading={isLoading}
          isError={isError}
          error={error}
          onRetry={() => refetch()}
          loadingText="Loading purchases…"
          errorTitle="Could not load purchases"
          isEmpty={!purchases.length}
          emptyText="Nothing bought from this customer yet."
        >
          {() => (
            <Table>
              <Table.Header>
                <Table.Row>
                  <Table.HeaderCell>Purchase</Table.HeaderCell>
                  <Table.HeaderCell>Date</Table.HeaderCell>
                  <Table.HeaderCell>Items</Table.HeaderCell>
                  <Table.HeaderCell className="text-right">Total</Table.HeaderCell>
                  <Table.HeaderCell>Status</Table.HeaderCell>
                </Table.Row>
              </Table.Header>
              <Table.Body>
                {purchases.map((purchase) => (
                  <Table.Row key={purchase.id}>
                    <Table.Cell>
                      <Link to={`/customer-purchases/${purchase.id}`} className={linkClass}>
                        {purchase.number}
                      </Link>
                    </Table.Cell>
                    <Table.Cell className="text-nowrap">{formatDate(purchase.created_at)}</Table.Cell>
                    <Table.Cell>{purchase.items?.length ?? "-"}</Table.Cell>
                    <Table.Cell className="text-nowrap text-right tabular-nums">
                      {formatAmount(purchase.total, purchase.currency_code)}
                    </Table.Cell>
                    <Table.Cell>
                      <Badge size="2xsmall">{label(purchase.status)}</Badge>
                    </Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          )}
        </LoadStates>
      )}
    </Container>
  )
}
