/**
 * Shapes of the plugin's admin API responses, as the admin screens use them
 * (see the README: "Customer purchases: the admin API").
 */

export type PurchaseStatus = "draft" | "paid" | "completed" | "cancelled"

export const PURCHASE_STATUSES: PurchaseStatus[] = ["draft", "paid", "completed", "cancelled"]

export const FINAL_ITEM_STATUSES = ["stocked", "scrapped", "returned_to_seller"] as const

export const ID_DOCUMENT_TYPES = [
  { value: "passport", label: "Passport" },
  { value: "driving_licence", label: "Driving licence" },
  { value: "national_id", label: "National ID card" },
  { value: "residence_permit", label: "Residence permit" },
  { value: "other", label: "Other" },
] as const

export const ITEM_CONDITIONS = [
  { value: "new", label: "New" },
  { value: "like_new", label: "Like new" },
  { value: "good", label: "Good" },
  { value: "fair", label: "Fair" },
  { value: "poor", label: "Poor" },
  { value: "faulty", label: "Faulty" },
] as const

export const PAYOUT_METHOD_TYPES = [
  { value: "cash", label: "Cash" },
  { value: "card", label: "Card" },
  { value: "bank_transfer", label: "Bank transfer" },
  { value: "cheque", label: "Cheque" },
  { value: "store_credit", label: "Store credit" },
  { value: "other", label: "Other" },
] as const

export type PayoutMethodType = (typeof PAYOUT_METHOD_TYPES)[number]["value"]

export type PurchaseItem = {
  id: string
  title: string
  variant_id: string | null
  serial_number: string | null
  condition: string | null
  quantity: number
  unit_price: number
  total: number
  notes: string | null
  status: string
  refurbishment_cost: number | null
  stocked_location_id: string | null
  stocked_inventory_item_id: string | null
  unit_cost: number | null
  stocked_at: string | null
}

export type PurchaseAttachment = {
  id: string
  filename: string
  mime_type: string
  size: number
  kind: "id_document" | "goods_photo" | "other"
  uploaded_by: string | null
  created_at: string
}

export type PayoutLine = {
  id: string
  method_id: string
  method_name: string
  method_type: PayoutMethodType
  amount: number
  reference: string | null
  store_credit_account_id: string | null
}

export type SellerAddress = {
  address_1?: string | null
  address_2?: string | null
  city?: string | null
  postal_code?: string | null
  province?: string | null
  country_code?: string | null
}

export type CustomerPurchase = {
  id: string
  display_id: number
  number: string
  status: PurchaseStatus
  customer_id: string
  customer?: {
    id: string
    email: string | null
    first_name: string | null
    last_name: string | null
    phone: string | null
  } | null
  currency_code: string
  seller_first_name: string
  seller_last_name: string
  seller_email: string | null
  seller_phone: string | null
  seller_address: SellerAddress | null
  id_document_type: string | null
  id_document_last4: string | null
  id_document_masked: string | null
  id_document_expires_at: string | null
  notes: string | null
  paid_at: string | null
  completed_at: string | null
  cancelled_at: string | null
  created_at: string
  updated_at: string
  items: PurchaseItem[]
  total: number
  attachments: PurchaseAttachment[]
  payout: { id: string; total: number; paid_by: string | null; lines: PayoutLine[] } | null
  // Compliance (README "Compliance").
  seller_date_of_birth?: string | null
  legal_hold?: boolean
  legal_hold_reason?: string | null
  id_number_purged_at?: string | null
  id_images_purged_at?: string | null
}

export type PurchaseActivity = {
  id: string
  item_id: string | null
  type: string
  actor_id: string | null
  from_status: string | null
  to_status: string | null
  note: string | null
  data: Record<string, unknown> | null
  created_at: string
}

// The settings' shapes are the server's own (type-only: nothing of the
// server is bundled into the admin).
export type {
  RefurbishmentStage,
  PayoutMethod,
  ReceiptTemplateSettings as ReceiptTemplate,
  PurchaseSettingsDTO as PurchaseSettings,
  DepositReturnRule,
} from "../../../types/customer-purchase"

/** Item fields as the create/add/edit routes take them. */
export type PurchaseItemInput = {
  title: string
  serial_number?: string | null
  condition?: string | null
  quantity?: number
  unit_price: string
  notes?: string | null
  variant_id?: string | null
}

export type SellerInput = {
  first_name?: string
  last_name?: string
  email?: string | null
  phone?: string | null
  address?: SellerAddress | null
  id_document?: { type: string; number: string; expires_at?: string | null } | null
  date_of_birth?: string | null
}

export type CreatePurchaseBody = {
  customer_id?: string
  customer?: { first_name: string; last_name: string; email?: string | null; phone?: string | null }
  seller?: SellerInput
  currency_code: string
  notes?: string | null
  items?: PurchaseItemInput[]
  /** Buys a serial on the blocked list anyway; the reason is logged. */
  blocked_serial_override?: { reason: string }
}

export type StockItemBody = {
  location_id?: string
  variant_id?: string
  product_id?: string
  variant?: {
    title?: string
    sku?: string | null
    prices?: { amount: number; currency_code: string }[]
  }
  product?: {
    title: string
    status?: "draft" | "published"
    variant?: {
      title?: string
      sku?: string | null
      prices?: { amount: number; currency_code: string }[]
    }
  }
  refurbishment_cost?: string
  sales_channel_ids?: string[]
}

export type PurchaseListParams = {
  q?: string
  status?: string[]
  item_status?: string
  created_at?: { $gte?: string; $lte?: string; $gt?: string; $lt?: string }
  limit: number
  offset: number
  order?: string
}
