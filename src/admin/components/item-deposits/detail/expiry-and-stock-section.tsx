import { Container, Heading, StatusBadge } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { formatDateTime, formatDay } from "../../common/dates"
import { SectionRow } from "../../common/section-row"
import type { ItemDeposit } from "../types"

const OUTCOMES = {
  kept: "Expired, kept usable",
  converted: "Expired, converted to store credit",
  refund_due: "Expired, refund due",
} as const

const RELEASE_REASONS: Record<string, string> = {
  checkout: "taken by the owner's checkout",
  consumed: "taken by the owner's order",
  owner_cart: "moved while the owner added it to a cart",
  converted: "deposit converted",
  refunded: "deposit refunded",
  cancelled: "deposit cancelled",
  expired: "deposit expired",
}

/** When the deposit lapses, whether the reminder went out, and the stock kept for it. */
export const ExpiryAndStockSection = ({ deposit }: { deposit: ItemDeposit }) => {
  const held = (deposit.reservations ?? []).filter((r) => r.status === "held")
  const released = (deposit.reservations ?? []).filter((r) => r.status === "released")
  const last = released.sort((a, b) => (a.released_at ?? "") < (b.released_at ?? "") ? 1 : -1)[0]
  return (
    <Container className="divide-y p-0" data-testid="deposit-expiry-stock">
      <div className="px-6 py-4">
        <Heading level="h2">Expiry and stock</Heading>
      </div>
      <SectionRow title="Expires" value={deposit.expires_at ? formatDay(deposit.expires_at) : "Never"} />
      <SectionRow title="Reminder sent" value={deposit.expiry_reminded_at ? formatDateTime(deposit.expiry_reminded_at) : "-"} />
      {deposit.expiry_outcome && (
        <SectionRow title="Expiry" value={`${OUTCOMES[deposit.expiry_outcome]} (${formatDateTime(deposit.expired_at)})`} />
      )}
      <SectionRow
        title="Stock held"
        value={
          held.length ? (
            <StatusBadge color="green">{held.reduce((sum, r) => sum + Number(r.quantity), 0)} reserved</StatusBadge>
          ) : last ? (
            `Released: ${RELEASE_REASONS[last.reason ?? ""] ?? last.reason ?? "-"}`
          ) : (
            "Not held"
          )
        }
      />
      <SectionRow
        title="Origin"
        value={
          deposit.source === "online" && deposit.source_order_id ? (
            // The order whose checkout bought the deposit (its reference says "Order #N (id)").
            <Link to={`/orders/${deposit.source_order_id}`} className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover" data-testid="deposit-origin-order">
              Bought online: {deposit.payment_reference?.match(/Order #\d+/)?.[0] ?? deposit.source_order_id}
            </Link>
          ) : (
            "Taken in store"
          )
        }
      />
    </Container>
  )
}
