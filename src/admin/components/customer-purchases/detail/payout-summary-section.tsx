import { Container, Heading, Text } from "@medusajs/ui"
import { formatDateTime } from "../../common/dates"
import { formatAmount } from "../../common/money"
import type { CustomerPurchase } from "../types"

/** What the seller was paid, by method (once paid out). */
export const PayoutSummarySection = ({ purchase }: { purchase: CustomerPurchase }) => {
  const payout = purchase.payout
  if (!payout) return null
  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">Payout</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {formatDateTime(purchase.paid_at)}
        </Text>
      </div>
      {payout.lines.map((line) => (
        <div key={line.id} className="flex items-start justify-between px-6 py-3">
          <div className="flex flex-col">
            <Text size="small" weight="plus">
              {line.method_name}
            </Text>
            {line.reference && (
              <Text size="xsmall" className="text-ui-fg-subtle">
                Ref. {line.reference}
              </Text>
            )}
          </div>
          <Text size="small">{formatAmount(line.amount, purchase.currency_code)}</Text>
        </div>
      ))}
      <div className="flex items-center justify-between px-6 py-3">
        <Text size="small" weight="plus">
          Total
        </Text>
        <Text size="small" weight="plus">
          {formatAmount(payout.total, purchase.currency_code)}
        </Text>
      </div>
    </Container>
  )
}
