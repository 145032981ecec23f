import { Container, Table, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { formatDate } from "../common/dates"
import { LoadStates } from "../common/load-states"
import { formatAmount } from "../common/money"
import { SectionHeader } from "../common/section"
import { useVariantPurchaseOrigins } from "../../hooks/customer-purchases"

/**
 * On a variant's page: the bought items stocked as this variant, so the
 * merchant sees which purchase (P-number) the units came from and what each
 * cost (price paid + refurbishment). Shows nothing for a variant that never
 * came from a purchase.
 */
export const VariantPurchaseOriginsSection = ({ variantId }: { variantId: string }) => {
  const query = useVariantPurchaseOrigins(variantId)
  const origins = query.data?.purchase_origins ?? []
  if (query.isSuccess && !origins.length) {
    return null
  }
  const units = origins.reduce((sum, origin) => sum + origin.quantity, 0)

  return (
    <Container className="divide-y p-0">
      <SectionHeader
        title="Bought from customers"
        description={
          origins.length
            ? `${units} ${units === 1 ? "unit" : "units"} stocked from ${origins.length} ${
                origins.length === 1 ? "purchase line" : "purchase lines"
              }`
            : undefined
        }
      />
      <LoadStates
        isLoading={query.isLoading}
        isError={query.isError}
        error={query.error}
        onRetry={() => query.refetch()}
        loadingText="Loading where the stock came from…"
        errorTitle="Could not load the purchases behind this variant"
        isEmpty={!origins.length}
        emptyText="No stock of this variant came from a purchase."
      >
        {() => (
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>Purchase</Table.HeaderCell>
                <Table.HeaderCell>Item</Table.HeaderCell>
                <Table.HeaderCell className="text-right">Units</Table.HeaderCell>
                <Table.HeaderCell className="text-right">Unit cost</Table.HeaderCell>
                <Table.HeaderCell>Stocked</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {origins.map((origin) => (
                <Table.Row key={origin.item_id}>
                  <Table.Cell>
                    <Link
                      to={`/customer-purchases/${origin.purchase_id}`}
                      className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover"
                    >
                      {origin.purchase_number}
                    </Link>
                  </Table.Cell>
                  <Table.Cell>
                    <Text size="small" className="max-w-[220px] truncate" title={origin.title}>
                      {origin.title}
                      {origin.serial_number && (
                        <span className="text-ui-fg-subtle"> · {origin.serial_number}</span>
                      )}
                    </Text>
                  </Table.Cell>
                  <Table.Cell className="text-right">{origin.quantity}</Table.Cell>
                  <Table.Cell className="text-right">
                    {origin.unit_cost === null ? "-" : formatAmount(origin.unit_cost, origin.currency_code)}
                  </Table.Cell>
                  <Table.Cell>{origin.stocked_at ? formatDate(origin.stocked_at) : "-"}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        )}
      </LoadStates>
    </Container>
  )
}
