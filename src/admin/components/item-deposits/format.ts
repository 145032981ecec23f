import type {
  ItemDepositStatus,
  ItemDepositTransactionType,
  ItemDepositVariant,
} from "./types"

/**
 * Labels of the deposit screens. Money, dates and customer names are shown
 * with components/common (money.ts, dates.ts, names.ts).
 */

export function variantLabel(variant?: ItemDepositVariant | null) {
  if (!variant) {
    return "-"
  }
  const product = variant.product?.title
  const title = variant.title
  if (product && title) {
    return `${product} · ${title}`
  }
  return product || title || variant.sku || variant.id
}

export const STATUS_LABELS: Record<ItemDepositStatus, string> = {
  active: "Active",
  consumed: "Used",
  converted: "Converted",
  refunded: "Refunded",
  cancelled: "Cancelled",
  refund_due: "Refund due",
}

export const STATUS_COLORS: Record<ItemDepositStatus, "green" | "blue" | "purple" | "orange" | "grey"> = {
  active: "green",
  consumed: "blue",
  converted: "purple",
  refunded: "orange",
  cancelled: "grey",
  refund_due: "orange",
}

/** How each ledger entry reads, and which way it moves what is left. */
export const TRANSACTION_LABELS: Record<ItemDepositTransactionType, { label: string; sign: "+" | "−" }> = {
  payment: { label: "Deposit paid", sign: "+" },
  application: { label: "Used at checkout", sign: "−" },
  release: { label: "Given back (checkout released)", sign: "+" },
  return: { label: "Returned with items from the order", sign: "+" },
  conversion: { label: "Converted to store credit", sign: "−" },
  refund: { label: "Refunded", sign: "−" },
  cancellation: { label: "Cancelled", sign: "−" },
  reversal: { label: "Reversal", sign: "+" },
}

export const PAYMENT_METHODS = [
  { value: "cash", label: "Cash" },
  { value: "card", label: "Card" },
  { value: "bank_transfer", label: "Bank transfer" },
  { value: "other", label: "Other" },
]

export function paymentMethodLabel(method: string | null | undefined) {
  if (!method) {
    return "-"
  }
  return PAYMENT_METHODS.find((m) => m.value === method)?.label ?? method
}

export function orderLabel(order: { id: string; display_id?: number | null }) {
  return order.display_id ? `#${order.display_id}` : order.id
}
