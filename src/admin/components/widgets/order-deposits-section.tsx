import { Container, Table, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { useOrderItemDeposits } from "../../hooks/item-deposits"
import type { OrderDepositData } from "../item-deposits/types"
import { errorMessage } from "../common/error-message"
import { currencyDigits, formatAmount, fromMinorUnits, toMinorUnits } from "../common/money"
import { SectionHeader } from "../common/section"

const DEPOSIT_REFERENCE = "item-deposit"
const linkClass = "text-ui-fg-interactive hover:text-ui-fg-interactive-hover"

const depositNumbers = (order: OrderDepositData) =>
  new Map((order.item_deposits ?? []).map((d) => [d.id, `D-${d.display_id}`]))

/**
 * Each deposit credit line the order was paid with (the positive ones: a
 * negative one records a share that came back), with the item it paid for.
 */
function depositRows(order: OrderDepositData) {
  const numbers = depositNumbers(order)
  return (order.credit_lines ?? [])
    .filter((line) => line.reference === DEPOSIT_REFERENCE && line.reference_id && Number(line.amount) > 0)
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

/**
 * What came back of each deposit because items left this order, from the
 * deposit's ledger: `return` entries of this order, of which `conversion`
 * entries of this order went on to store credit; the rest is back on the
 * deposit. Summed in minor units.
 */
function returnRows(order: OrderDepositData) {
  const digits = currencyDigits(order.currency_code)
  const minor = (amount: number | string) => toMinorUnits(String(amount), digits) ?? 0
  const rows: { key: string; depositId: string; number: string; where: string; amount: string }[] = []
  for (const deposit of order.item_deposits ?? []) {
    const entries = (deposit.transactions ?? []).filter((t) => t.order_id === order.id)
    const returned = entries.filter((t) => t.type === "return").reduce((sum, t) => sum + minor(t.amount), 0)
    if (!returned) {
      continue
    }
    const toStoreCredit = entries.filter((t) => t.type === "conversion").reduce((sum, t) => sum + minor(t.amount), 0)
    const number = `D-${deposit.display_id}`
    if (returned - toStoreCredit > 0) {
      rows.push({
        key: `${deposit.id}-deposit`,
        depositId: deposit.id,
        number,
        where: "Back on the deposit (usable at a later checkout)",
        amount: fromMinorUnits(returned - toStoreCredit, digits),
      })
    }
    if (toStoreCredit > 0) {
      rows.push({
        key: `${deposit.id}-store-credit`,
        depositId: deposit.id,
        number,
        where: "To the customer's store credit",
        amount: fromMinorUnits(toStoreCredit, digits),
      })
    }
  }
  return rows
}

/**
 * On an order's page: the deposits that paid for its items and, once items
 * left the order, what came back of them and where. Renders nothing when no
 * deposit paid for the order.
 */
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
  const returns = returnRows(data.order)
  if (!rows.length && !returns.length) {
    return null
  }
  const currency = data.order.currency_code
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
                {formatAmount(row.amount, currency)}
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
      {returns.length > 0 && (
        <>
          <SectionHeader
            title="Came back from the order"
            description="The deposits' share of items that left the order (returns, claims, exchanges, edits). It is settled on the order as a negative deposit credit line, so the refund Medusa suggests is only the card-paid part."
          />
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>Deposit</Table.HeaderCell>
                <Table.HeaderCell>Where it went</Table.HeaderCell>
                <Table.HeaderCell className="text-right">Amount</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {returns.map((row) => (
                <Table.Row key={row.key}>
                  <Table.Cell>
                    <Link to={`/item-deposits/${row.depositId}`} className={linkClass}>
                      {row.number}
                    </Link>
                  </Table.Cell>
                  <Table.Cell>{row.where}</Table.Cell>
                  <Table.Cell className="text-nowrap text-right tabular-nums">
                    {formatAmount(row.amount, currency)}
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </>
      )}
    </Container>
  )
}
