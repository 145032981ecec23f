export type ItemDepositStatus =
  | "active"
  | "consumed"
  | "converted"
  | "refunded"
  | "cancelled"
  | "refund_due"

export type ItemDepositTransactionType =
  | "payment"
  | "application"
  | "release"
  | "return"
  | "conversion"
  | "refund"
  | "cancellation"
  | "reversal"

/** How each ledger entry moves the deposit's remaining amount. */
export const LEDGER_SIGN: Record<ItemDepositTransactionType, 1 | -1> = {
  payment: 1,
  application: -1,
  release: 1,
  return: 1,
  conversion: -1,
  refund: -1,
  cancellation: -1,
  reversal: 1,
}

/** The credit-line reference that marks a cart or order line as a deposit. */
export const ITEM_DEPOSIT_CREDIT_LINE_REFERENCE = "item-deposit"

export const ItemDepositEvents = {
  CREATED: "item_deposit.created",
  APPLIED: "item_deposit.applied",
  CONSUMED: "item_deposit.consumed",
  RELEASED: "item_deposit.released",
  RETURNED: "item_deposit.returned",
  CONVERTED: "item_deposit.converted",
  REFUNDED: "item_deposit.refunded",
  CANCELLED: "item_deposit.cancelled",
  TOPPED_UP: "item_deposit.topped_up",
  EXPIRING: "item_deposit.expiring",
  EXPIRED: "item_deposit.expired",
  STOCK_RESERVED: "item_deposit.stock_reserved",
  STOCK_RELEASED: "item_deposit.stock_released",
} as const

/** What the expiry job does with a deposit that lapsed. */
export const DEPOSIT_EXPIRY_RULES = ["keep", "store_credit", "refund_due"] as const
export type DepositExpiryRule = (typeof DEPOSIT_EXPIRY_RULES)[number]

/** The merchant's deposit settings (GET/POST /admin/item-deposit-settings). */
export type ItemDepositSettingsDTO = {
  id: string | null
  default_expiry_days: number | null
  reminder_days_before: number
  expiry_rule: DepositExpiryRule
  hold_stock: boolean
  online_enabled: boolean
  online_product_ids: string[] | null
  online_min_percent: number
  online_max_percent: number
  online_payable_with_credit: boolean
  metadata?: Record<string, unknown> | null
}

/** The settings until the merchant saves any: nothing expires or is held. */
export const DEFAULT_ITEM_DEPOSIT_SETTINGS: Omit<ItemDepositSettingsDTO, "id"> = {
  default_expiry_days: null,
  reminder_days_before: 7,
  expiry_rule: "keep",
  hold_stock: false,
  online_enabled: false,
  online_product_ids: [],
  online_min_percent: 10,
  online_max_percent: 100,
  online_payable_with_credit: false,
}

/**
 * The cart/order line metadata key that marks a line as an online deposit
 * purchase (`kind: "deposit"`, for `variant_id`: unit_price is the amount
 * per unit, quantity the units) or an online top-up (`kind: "top_up"` of
 * `deposit_id`: unit_price is the amount per unit added, quantity the
 * deposit's units). Such a line has no variant_id of its own, so neither
 * core's inventory nor the deposit sync take it for the variant itself.
 */
export const ITEM_DEPOSIT_LINE_METADATA_KEY = "item_deposit_line"

export type ItemDepositLineMetadata =
  | { kind: "deposit"; variant_id: string; product_id: string }
  | { kind: "top_up"; deposit_id: string; variant_id: string }
