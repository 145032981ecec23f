/**
 * Shared vocabulary of the customer-purchase capability: used by the module,
 * the workflows, the API validators and the admin.
 */

export const FINAL_ITEM_STATUSES = [
  "stocked",
  "scrapped",
  "returned_to_seller",
] as const
export type FinalItemStatus = (typeof FINAL_ITEM_STATUSES)[number]

/** Final statuses are terminal: an item never leaves one. */
export function isFinalStatus(status: string): status is FinalItemStatus {
  return (FINAL_ITEM_STATUSES as readonly string[]).includes(status)
}

export const PAYOUT_METHOD_TYPES = [
  "cash",
  "card",
  "bank_transfer",
  "cheque",
  "store_credit",
  "other",
] as const
export type PayoutMethodType = (typeof PAYOUT_METHOD_TYPES)[number]

export const ID_DOCUMENT_TYPES = [
  "passport",
  "driving_licence",
  "national_id",
  "residence_permit",
  "other",
] as const

export const ITEM_CONDITIONS = [
  "new",
  "like_new",
  "good",
  "fair",
  "poor",
  "faulty",
] as const

export type PurchaseStatus = "draft" | "paid" | "completed" | "cancelled"

export type RefurbishmentStage = { value: string; label: string }

export type PayoutMethod = {
  id: string
  name: string
  type: PayoutMethodType
  enabled: boolean
}

export type ReceiptTemplateSettings = {
  store_name: string
  store_address: string | null
  store_phone: string | null
  store_email: string | null
  store_tax_id: string | null
  header: string | null
  seller_declaration: string | null
  terms: string | null
  footer: string | null
  signature_lines: string[]
}

/**
 * Where a deposit's share of items that leave an order goes: back onto the
 * deposit (usable again at a later checkout) or into the customer's
 * loyalty-plugin store credit.
 */
export const DEPOSIT_RETURN_RULES = ["deposit", "store_credit"] as const
export type DepositReturnRule = (typeof DEPOSIT_RETURN_RULES)[number]

export type PurchaseSettingsDTO = {
  id: string
  enabled: boolean
  stages: RefurbishmentStage[]
  payout_methods: PayoutMethod[]
  default_location_id: string | null
  receipt_template: ReceiptTemplateSettings
  deposit_return_rule: DepositReturnRule
  // Compliance (README "Compliance").
  hold_rules: HoldRule[] | null
  default_hold_days: number
  no_cash: boolean
  require_seller_date_of_birth: boolean
  id_image_retention_days: number | null
  id_number_retention_days: number | null
  /** Null: new products from stocking go to the store's default sales channel. */
  default_sales_channel_ids: string[] | null
}

/** What a hold rule matches on: the stocked product's category/type/tag, or a key of the item's metadata. */
export const HOLD_RULE_MATCHES = ["product_category", "product_type", "product_tag", "item_metadata"] as const
export type HoldRuleMatch = (typeof HOLD_RULE_MATCHES)[number]

/**
 * A hold period: items matching it cannot be sold for `days` after stocking.
 * `value` is a category/type/tag id, or for item_metadata the value of the
 * item's metadata `key` (e.g. key "category", value "firearm").
 */
export type HoldRule = { match: HoldRuleMatch; value: string; key?: string | null; days: number }

/** Events the capability emits, named Medusa's way (`entity.action`). */
export const CustomerPurchaseEvents = {
  CREATED: "customer_purchase.created",
  PAID_OUT: "customer_purchase.paid_out",
  CANCELLED: "customer_purchase.cancelled",
  COMPLETED: "customer_purchase.completed",
  ITEM_STATUS_CHANGED: "customer_purchase_item.status_changed",
  ITEM_STOCKED: "customer_purchase_item.stocked",
  ITEM_COST_ADDED: "customer_purchase_item.cost_added",
  /** Bought units sold to, or returned from, an order (README "Margins per bought unit"). */
  UNITS_SOLD: "customer_purchase_item.units_sold",
  UNIT_SALES_REVERSED: "customer_purchase_item.unit_sales_reversed",
} as const

/**
 * Where a refurbishment cost logged by the module itself came from: a figure
 * set outside the costs route is logged as the entry of its difference
 * (README "Margins per bought unit").
 */
export const REFURBISHMENT_COST_NOTES = {
  entered: "Entered with the item",
  edited: "Changed by an edit of the item",
  stocked: "Set when the item was stocked",
  stockingFailed: "Put back: the stocking failed",
  requestFailed: "Put back: the request that changed it failed",
} as const
