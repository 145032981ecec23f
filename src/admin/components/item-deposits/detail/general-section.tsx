import { Container, Heading, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { paymentMethodLabel, variantLabel } from "../format"
import { formatDateTime } from "../../common/dates"
import { formatAmount } from "../../common/money"
import { DepositStatusBadge } from "../shared/deposit-status-badge"
import { SectionRow } from "../../common/section-row"
import { SpecialOrderBadge } from "../shared/special-order-badge"
import type { ItemDeposit } from "../types"
import { DepositActions } from "./deposit-actions"

/** Number, status, what the deposit is for, and its amounts (all computed by the server). */
export const GeneralSection = ({ deposit }: { deposit: ItemDeposit }) => {
  const money = (amount: ItemDeposit["total_amount"]) => formatAmount(amount, deposit.currency_code)
  const variant = deposit.product_variant
  const productId = variant?.product?.id

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between gap-x-4 px-6 py-4">
        <div>
          <Heading>Deposit {deposit.number}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Recorded {formatDateTime(deposit.created_at)}
          </Text>
        </div>
        <div className="flex items-center gap-x-2">
          {deposit.special_order && (
            <SpecialOrderBadge expectedAt={deposit.expected_at} note={deposit.special_order_note} />
          )}
          <DepositStatusBadge status={deposit.status} />
          <DepositActions deposit={deposit} />
        </div>
      </div>
      <SectionRow
        title="Product / variant"
        value={
          variant && productId ? (
            <Link
              to={`/products/${productId}/variants/${variant.id}`}
              className="txt-compact-small text-ui-fg-interactive hover:text-ui-fg-interactive-hover"
            >
              {variantLabel(variant)}
            </Link>
          ) : (
            variantLabel(variant) || deposit.variant_id
          )
        }
      />
      {variant?.sku && <SectionRow title="SKU" value={variant.sku} />}
      <SectionRow title="Amount per unit" value={`${money(deposit.amount_per_unit)} × ${deposit.units}`} />
      <SectionRow title="Total paid" value={money(deposit.total_amount)} />
      <SectionRow
        title="Remaining"
        value={`${money(deposit.remaining_amount)} · ${deposit.remaining_units} of ${deposit.units} ${
          deposit.units === 1 ? "unit" : "units"
        }`}
      />
      <SectionRow title="Payment method" value={paymentMethodLabel(deposit.payment_method)} />
      <SectionRow title="Payment reference" value={deposit.payment_reference || "-"} />
      {deposit.notes && <SectionRow title="Notes" value={deposit.notes} />}
    </Container>
  )
}
