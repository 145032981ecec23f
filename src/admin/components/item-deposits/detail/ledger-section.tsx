import { Container, Heading, Table, Text, clx } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { orderLabel, paymentMethodLabel, TRANSACTION_LABELS } from "../format"
import { formatDateTime } from "../../common/dates"
import { formatAmount } from "../../common/money"
import type { ItemDeposit, ItemDepositTransaction } from "../types"

const byDate = (a: ItemDepositTransaction, b: ItemDepositTransaction) =>
  new Date(a.created_at).getTime() - new Date(b.created_at).getTime()

/** Reference and note; a payment's note is its method. */
const details = (entry: ItemDepositTransaction) =>
  [entry.reference, entry.type === "payment" && entry.note ? paymentMethodLabel(entry.note) : entry.note]
    .filter(Boolean)
    .join(" · ") || "-"

type Order = NonNullable<ItemDeposit["orders"]>[number]

/** The order an entry belongs to (named on it, or placed from its cart), else its cart. */
const Where = ({ entry, orders }: { entry: ItemDepositTransaction; orders: Order[] }) => {
  const order =
    orders.find((o) => o.id === entry.order_id) ??
    (entry.cart_id ? orders.find((o) => o.cart?.id === entry.cart_id) : undefined)
  const orderId = order?.id ?? entry.order_id
  if (orderId) {
    return (
      <Link to={`/orders/${orderId}`} className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover">
        Order {order ? orderLabel(order) : ""}
      </Link>
    )
  }
  if (entry.cart_id) {
    return (
      <span className="text-ui-fg-subtle font-mono text-xs" title={entry.cart_id}>
        Cart …{entry.cart_id.slice(-6)}
      </span>
    )
  }
  return <span className="text-ui-fg-muted">-</span>
}

/** The append-only ledger the remaining amount is summed from, oldest first. */
export const LedgerSection = ({ deposit }: { deposit: ItemDeposit }) => {
  const entries = [...(deposit.transactions ?? [])].sort(byDate)
  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h2">Ledger</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Every movement of the deposit&apos;s money. Entries are never edited; corrections are new entries.
        </Text>
      </div>
      {!entries.length ? (
        <Text size="small" className="text-ui-fg-muted px-6 py-4">
          No entries.
        </Text>
      ) : (
        <div className="overflow-x-auto">
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>Date</Table.HeaderCell>
                <Table.HeaderCell>Entry</Table.HeaderCell>
                <Table.HeaderCell className="text-right">Amount</Table.HeaderCell>
                <Table.HeaderCell className="text-nowrap">Cart / order</Table.HeaderCell>
                <Table.HeaderCell>Details</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {entries.map((entry) => {
                const { label, sign } = TRANSACTION_LABELS[entry.type] ?? { label: entry.type, sign: "" }
                return (
                  <Table.Row key={entry.id}>
                    <Table.Cell className="text-nowrap">{formatDateTime(entry.created_at)}</Table.Cell>
                    <Table.Cell className="text-nowrap">{label}</Table.Cell>
                    <Table.Cell
                      className={clx("text-nowrap text-right tabular-nums", {
                        "text-ui-tag-green-text": sign === "+",
                      })}
                    >
                      {sign}
                      {formatAmount(entry.amount, deposit.currency_code)}
                    </Table.Cell>
                    <Table.Cell>
                      <Where entry={entry} orders={deposit.orders ?? []} />
                    </Table.Cell>
                    {/* Wraps instead of being cut: at 1280 px the main column
                        leaves this column little room, and the note is the
                        reason for the entry. */}
                    <Table.Cell className="min-w-[160px] whitespace-normal break-words py-2">
                      {details(entry)}
                    </Table.Cell>
                  </Table.Row>
                )
              })}
            </Table.Body>
          </Table>
        </div>
      )}
    </Container>
  )
}
