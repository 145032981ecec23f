import { ArrowUpRightOnBox } from "@medusajs/icons"
import { Container, Heading, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { orderLabel } from "../format"
import type { ItemDeposit } from "../types"

/** The orders this deposit paid towards. */
export const OrdersSection = ({ deposit }: { deposit: ItemDeposit }) => {
  const orders = deposit.orders ?? []
  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h2">Orders paid</Heading>
      </div>
      {!orders.length ? (
        <Text size="small" className="text-ui-fg-muted px-6 py-4">
          {deposit.status === "active"
            ? "Not used for an order yet. It applies automatically when the customer checks out with this variant in their cart."
            : "This deposit paid for no order."}
        </Text>
      ) : (
        <ul className="flex flex-col gap-y-1 px-6 py-4">
          {orders.map((order) => (
            <li key={order.id}>
              <Link
                to={`/orders/${order.id}`}
                className="txt-compact-small-plus text-ui-fg-interactive hover:text-ui-fg-interactive-hover inline-flex items-center gap-x-1"
              >
                Order {orderLabel(order)}
                <ArrowUpRightOnBox className="size-4" />
              </Link>
            </li>
          ))}
        </ul>
      )}
    </Container>
  )
}
