/** Shapes the admin API returns for item deposits (see the README). */

export type ItemDepositStatus = "active" | "consumed" | "converted" | "refunded" | "cancelled" | "refund_due"

export type ItemDepositTransactionType =
  | "payment"
  | "application"
  | "release"
  | "return"
  | "conversion"
  | "refund"
  | "cancellation"
  | "reversal"

/** Amounts arrive as numbers (or numeric strings); they are only displayed. */
export type Amount = number | string

export type ItemDepositTransaction = {
  id: string
  type: ItemDepositTransactionType
  amount: Amount
  cart_id: string | null
  order_id: string | null
  reference: string | null
  note: string | null
  actor_id: string | null
  created_at: string
}

export type ItemDepositCustomer = {
  id: string
  email: string | null
  first_name: string | null
  last_name: string | null
  phone?: string | null
}

export type ItemDepositVariant = {
  id: string
  title: string | null
  sku: string | null
  product?: { id: string; title: string | null; thumbnail?: string | null } | null
}

export type ItemDeposit = {
  id: string
  display_id: number
  number: string
  status: ItemDepositStatus
  customer_id: string
  customer?: ItemDepositCustomer | null
  variant_id: string
  product_variant?: ItemDepositVariant | null
  currency_code: string
  amount_per_unit: Amount
  units: number
  total_amount: Amount
  remaining_amount: Amount
  remaining_units: number
  payment_method: string
  payment_reference: string | null
  special_order: boolean
  special_order_note: string | null
  expected_at: string | null
  notes: string | null
  claim_code?: string
  claimed_at?: string | null
  created_by?: string | null
  metadata?: Record<string, unknown> | null
  created_at: string
  updated_at: string
  transactions?: ItemDepositTransaction[]
  // Expiry, stock holds and where the deposit came from (issue 11).
  expires_at?: string | null
  expiry_reminded_at?: string | null
  expired_at?: string | null
  expiry_outcome?: "kept" | "converted" | "refund_due" | null
  source?: "admin" | "online"
  source_order_id?: string | null
  reservations?: ItemDepositReservation[]
  orders?: { id: string; display_id: number | null; cart?: { id: string } | null }[]
}

export type ItemDepositListParams = {
  limit?: number
  offset?: number
  order?: string
  status?: ItemDepositStatus | ItemDepositStatus[]
  special_order?: boolean
  customer_id?: string
  variant_id?: string
  id?: string[]
  fields?: string
}

export type ItemDepositListResponse = {
  item_deposits: ItemDeposit[]
  count: number
  offset: number
  limit: number
}

export type ItemDepositResponse = { item_deposit: ItemDeposit }

export type CreateItemDepositBody = {
  customer_id: string
  variant_id: string
  currency_code: string
  amount_per_unit: string
  units: number
  payment_method: string
  payment_reference?: string | null
  special_order: boolean
  special_order_note?: string | null
  expected_at?: string | null
  notes?: string | null
}

export type UpdateItemDepositBody = {
  special_order?: boolean
  special_order_note?: string | null
  expected_at?: string | null
  payment_reference?: string | null
  notes?: string | null
}

export type RefundItemDepositBody = {
  refund_method: string
  refund_reference?: string | null
  reason?: string | null
}

// What the order and customer pages read (orders, purchases)

export type OrderDepositData = {
  id: string
  currency_code: string
  credit_lines?: {
    id: string
    amount: number | string
    reference: string | null
    reference_id: string | null
    metadata?: Record<string, unknown> | null
  }[]
  items?: { id: string; title: string; variant_id: string | null; product_title?: string | null; variant_title?: string | null }[]
  item_deposits?: {
    id: string
    display_id: number
    /** The deposit's ledger (all of it: filter by order_id for this order). */
    transactions?: Pick<ItemDepositTransaction, "id" | "type" | "amount" | "order_id" | "created_at">[]
  }[]
}

export type CustomerPurchaseSummary = {
  id: string
  number: string
  status: string
  currency_code: string
  total: number | string
  created_at: string
  items?: { id: string }[]
}

/** Stock kept for a deposit: a core inventory reservation of its units. */
export type ItemDepositReservation = {
  id: string
  reservation_id: string
  inventory_item_id: string
  location_id: string
  quantity: number
  status: "held" | "released"
  released_at: string | null
  reason: string | null
  created_at: string
}

export type DepositExpiryRule = "keep" | "store_credit" | "refund_due"

export type ItemDepositSettings = {
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
}

export type TopUpItemDepositBody = {
  amount_per_unit: string
  payment_method: string
  payment_reference?: string | null
  idempotency_key?: string
}
