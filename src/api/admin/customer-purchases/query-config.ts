/**
 * Fields the purchase routes return. The seller's full ID number
 * (`id_document_number`) is deliberately in neither list: it is never part of
 * a list or read response, only of the reveal route's.
 */
export const defaultAdminCustomerPurchaseFields = [
  "id",
  "display_id",
  "status",
  "customer_id",
  "currency_code",
  "seller_first_name",
  "seller_last_name",
  "seller_email",
  "seller_phone",
  "seller_address",
  "id_document_type",
  "id_document_last4",
  "id_document_expires_at",
  "notes",
  "paid_at",
  "completed_at",
  "cancelled_at",
  "metadata",
  "created_at",
  "updated_at",
  "items.*",
  "attachments.*",
  "payout.*",
  "payout.lines.*",
  "customer.id",
  "customer.email",
  "customer.first_name",
  "customer.last_name",
  "customer.phone",
  // Compliance (README "Compliance").
  "seller_date_of_birth",
  "legal_hold",
  "legal_hold_reason",
  "id_number_purged_at",
  "id_images_purged_at",
]

const allowed = [
  ...defaultAdminCustomerPurchaseFields,
  "items",
  "attachments",
  "payout",
  "payout.lines",
  "customer",
  "customer.*",
  "items.product_variant.*",
  "items.product_variant",
]

export const retrieveCustomerPurchaseQueryConfig = {
  defaults: defaultAdminCustomerPurchaseFields,
  allowed,
  isList: false,
}

export const listCustomerPurchaseQueryConfig = {
  defaults: defaultAdminCustomerPurchaseFields,
  allowed,
  defaultLimit: 20,
  isList: true,
}

export const listPurchaseActivityQueryConfig = {
  defaults: [
    "id",
    "purchase_id",
    "item_id",
    "type",
    "actor_id",
    "from_status",
    "to_status",
    "note",
    "data",
    "created_at",
  ],
  defaultLimit: 50,
  isList: true,
}
