import type {
  Amount,
  ItemDepositCustomer,
  ItemDepositStatus,
  ItemDepositTransactionType,
  ItemDepositVariant,
} from "./types"

/**
 * Display-only formatting. Amounts come from the server already computed
 * (with BigNumber); the admin never adds or subtracts them.
 */
export function formatMoney(amount: Amount | null | undefined, currencyCode: string) {
  if (amount === null || amount === undefined || amount === "") {
    return "-"
  }
  const value = Number(amount)
  try {
    return new Intl.NumberFormat(undefined, {
      style: "currency",
      currency: currencyCode.toUpperCase(),
    }).format(value)
  } catch {
    return `${value} ${currencyCode.toUpperCase()}`
  }
}

export function formatDate(value: string | Date | null | undefined, withTime = false) {
  if (!value) {
    return "-"
  }
  const date = new Date(value)
  if (Number.isNaN(date.getTime())) {
    return "-"
  }
  return new Intl.DateTimeFormat(undefined, {
    dateStyle: "medium",
    ...(withTime ? { timeStyle: "short" } : {}),
  }).format(date)
}

/** A date-only value (expected_at) as stored at midnight UTC: shown in UTC. */
export function formatDay(value: string | null | undefined) {
  if (!value) {
    return "-"
  }
  const date = new Date(value)
  if (Number.isNaN(date.getTime())) {
    return "-"
  }
  return new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeZone: "UTC" }).format(date)
}

export function customerName(customer?: ItemDepositCustomer | null) {
  if (!customer) {
    return "-"
  }
  const name = [customer.first_name, customer.last_name].filter(Boolean).join(" ")
  return name || customer.email || customer.id
}

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
}

export const STATUS_COLORS: Record<ItemDepositStatus, "green" | "blue" | "purple" | "orange" | "grey"> = {
  active: "green",
  consumed: "blue",
  converted: "purple",
  refunded: "orange",
  cancelled: "grey",
}

/** How each ledger entry reads, and which way it moves what is left. */
export const TRANSACTION_LABELS: Record<ItemDepositTransactionType, { label: string; sign: "+" | "−" }> = {
  payment: { label: "Deposit paid", sign: "+" },
  application: { label: "Used at checkout", sign: "−" },
  release: { label: "Given back (checkout released)", sign: "+" },
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
