import { Container, Table, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { useOrderItemDeposits } from "../../hooks/item-deposits"
import type { OrderDepositData } from "../item-deposits/types"
import { errorMessage } from "../common/error-message"
import { formatAmount } from "../common/money"
import { SectionHeader } from "../common/section"

const DEPOSIT_REFERENCE = "item-deposit"
const linkClass = "text-ui-fg-interactive hover:text-ui-fg-interactive-hover"

/** Each deposit credit line of the order, with the item it paid for and the deposit's number. */
function depositRows(order: OrderDepositData) {
  const numbers = new Map((order.item_deposits ?? []).map((d) => [d.id, `D-${d.display_id}`]))
  return (order.credit_lines ?? [])
    .filter((line) => line.reference === DEPOSIT_REFERENCE && line.reference_id)
    .map((line) => {
      const variantId = line.metadata?.variant_id
      const item = (order.items ?? []).find((i) => variantId && i.variant_id === variantId)
      const itemTitle = item
        ? [item.product_title ?? item.title, item.variant_title].filter(Boolean).join(" · ")
        : "-"
      return {
        id: line.id,
        depositId: line.reference_id as string,
        number: numbers.get(line.reference_id as string) ?? "Deposit",
        itemTitle,
        amount: line.amount,
      }
    })
}

/** On an order's page: the deposits that paid for its items. Renders nothing when none did. */
export const OrderDepositsSection = ({ orderId }: { orderId: string }) => {
  const { data, isError, error } = useOrderItemDeposits(orderId)
  if (isError) {
    return (
      <Container className="p-0">
        <SectionHeader title="Paid with item deposits" />
        <Text size="small" className="text-ui-fg-error border-t px-6 py-4">
          {errorMessage(error)}
        </Text>
      </Container>
    )
  }
  if (!data) {
    return null
  }
  const rows = depositRows(data.order)
  if (!rows.length) {
    return null
  }
  return (
    <Container className="divide-y p-0">
      <SectionHeader title="Paid with item deposits" />
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>Item</Table.HeaderCell>
            <Table.HeaderCell>Deposit</Table.HeaderCell>
            <Table.HeaderCell className="text-right">Amount</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {rows.map((row) => (
            <Table.Row key={row.id}>
              <Table.Cell className="max-w-[260px] truncate">{row.itemTitle}</Table.Cell>
              <Table.Cell>
                <Link to={`/item-deposits/${row.depositId}`} className={linkClass}>
                  {row.number}
                </Link>
              </Table.Cell>
              <Table.Cell className="text-nowrap text-right tabular-nums">
                {formatAmount(row.amount, data.order.currency_code)}
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </Container>
  )
}
