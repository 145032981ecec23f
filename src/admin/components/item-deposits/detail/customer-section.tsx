import { Container, Heading, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { customerName } from "../../common/names"
import type { ItemDeposit } from "../types"

/** Who paid the deposit, linking to their customer page. */
export const CustomerSection = ({ deposit }: { deposit: ItemDeposit }) => {
  const customer = deposit.customer
  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h2">Customer</Heading>
      </div>
      <div className="flex flex-col gap-y-1 px-6 py-4">
        <Link
          to={`/customers/${deposit.customer_id}`}
          className="txt-compact-small-plus text-ui-fg-interactive hover:text-ui-fg-interactive-hover w-fit"
        >
          {customer ? customerName(customer) : deposit.customer_id}
        </Link>
        {customer?.email && (
          <Text size="small" leading="compact" className="text-ui-fg-subtle">
            {customer.email}
          </Text>
        )}
        {customer?.phone && (
          <Text size="small" leading="compact" className="text-ui-fg-subtle">
            {customer.phone}
          </Text>
        )}
      </div>
    </Container>
  )
}
