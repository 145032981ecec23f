import { Button, Container, Heading, Text } from "@medusajs/ui"
import { useState } from "react"
import { formatDateTime } from "../../common/dates"
import { formatAmount } from "../../common/money"
import { paymentMethodLabel } from "../format"
import type { ItemDeposit } from "../types"
import { TopUpDrawer } from "./top-up-drawer"

/** Payments after the first one (top-ups), and the way to record another. */
export const TopUpsSection = ({ deposit }: { deposit: ItemDeposit }) => {
  const [open, setOpen] = useState(false)
  const payments = [...(deposit.transactions ?? [])]
    .filter((t) => t.type === "payment")
    .sort((a, b) => new Date(a.created_at).getTime() - new Date(b.created_at).getTime())
  const topUps = payments.slice(1)
  const active = deposit.status === "active"
  return (
    <Container className="divide-y p-0" data-testid="deposit-top-ups">
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading level="h2">Top-ups</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Further payments onto the deposit, each an entry in the ledger.
          </Text>
        </div>
        {active && (
          <Button size="small" variant="secondary" onClick={() => setOpen(true)}>
            Top up
          </Button>
        )}
      </div>
      {!topUps.length ? (
        <Text size="small" className="text-ui-fg-muted px-6 py-4">
          No top-ups.
        </Text>
      ) : (
        topUps.map((entry) => (
          <div key={entry.id} className="text-ui-fg-subtle grid grid-cols-3 gap-4 px-6 py-3">
            <Text size="small">{formatDateTime(entry.created_at)}</Text>
            <Text size="small" className="tabular-nums">
              +{formatAmount(entry.amount, deposit.currency_code)}
            </Text>
            <Text size="small" className="truncate">
              {[paymentMethodLabel(entry.note), entry.reference].filter(Boolean).join(" · ")}
            </Text>
          </div>
        ))
      )}
      {active && <TopUpDrawer deposit={deposit} open={open} onOpenChange={setOpen} />}
    </Container>
  )
}
