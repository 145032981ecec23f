import { Table, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { variantLabel } from "../item-deposits/format"
import { formatDate } from "../common/dates"
import { formatAmount } from "../common/money"
import { customerName } from "../common/names"
import { DepositStatusBadge } from "../item-deposits/shared/deposit-status-badge"
import { SpecialOrderBadge } from "../item-deposits/shared/special-order-badge"
import type { ItemDeposit } from "../item-deposits/types"

type Props = { deposits: ItemDeposit[]; show: "customer" | "variant" }

const linkClass = "text-ui-fg-interactive hover:text-ui-fg-interactive-hover"

/** A compact deposits table for widgets: number, who or what, what is left, status. */
export const DepositMiniTable = ({ deposits, show }: Props) => (
  <div className="overflow-x-auto">
    <Table>
      <Table.Header>
        <Table.Row>
          <Table.HeaderCell>Deposit</Table.HeaderCell>
          <Table.HeaderCell>{show === "customer" ? "Customer" : "Item"}</Table.HeaderCell>
          <Table.HeaderCell className="text-right">Remaining</Table.HeaderCell>
          <Table.HeaderCell>Status</Table.HeaderCell>
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {deposits.map((deposit) => (
          <Table.Row key={deposit.id}>
            <Table.Cell>
              <Link to={`/item-deposits/${deposit.id}`} className={linkClass}>
                {deposit.number}
              </Link>
              <Text size="xsmall" className="text-ui-fg-muted">
                {formatDate(deposit.created_at)}
              </Text>
            </Table.Cell>
            <Table.Cell
              className="max-w-[220px] truncate"
              title={show === "customer" ? customerName(deposit.customer) : variantLabel(deposit.product_variant)}
            >
              {show === "customer" ? (
                <Link to={`/customers/${deposit.customer_id}`} className={linkClass}>
                  {customerName(deposit.customer)}
                </Link>
              ) : (
                variantLabel(deposit.product_variant)
              )}
            </Table.Cell>
            <Table.Cell className="text-nowrap text-right tabular-nums">
              {formatAmount(deposit.remaining_amount, deposit.currency_code)}
              <Text size="xsmall" className="text-ui-fg-muted">
                {deposit.remaining_units} of {deposit.units} {deposit.units === 1 ? "unit" : "units"}
              </Text>
            </Table.Cell>
            <Table.Cell>
              <div className="flex flex-wrap items-center gap-1">
                <DepositStatusBadge status={deposit.status} />
                {deposit.special_order && deposit.status === "active" && (
                  <SpecialOrderBadge expectedAt={deposit.expected_at} note={deposit.special_order_note} />
                )}
              </div>
            </Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  </div>
)
