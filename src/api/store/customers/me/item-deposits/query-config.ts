/**
 * What a customer sees of their own deposits. Not the claim code (it is a
 * bearer secret for the walk-in record) nor who recorded the deposit.
 */
export const defaultStoreItemDepositFields = [
  "id",
  "display_id",
  "status",
  "variant_id",
  "currency_code",
  "amount_per_unit",
  "units",
  "payment_method",
  "special_order",
  "expected_at",
  // When the deposit lapses (null: never) and what became of it then.
  "expires_at",
  "expired_at",
  "expiry_outcome",
  // "online" for a deposit bought at the storefront (source_order_id: its order).
  "source",
  "source_order_id",
  // Whether units are kept in stock for the customer.
  "reservations.status",
  "reservations.quantity",
  "created_at",
  "product_variant.id",
  "product_variant.title",
  "product_variant.sku",
  "product_variant.product.id",
  "product_variant.product.title",
  "product_variant.product.handle",
  "product_variant.product.thumbnail",
]

export const listStoreItemDepositQueryConfig = {
  defaults: defaultStoreItemDepositFields,
  // Explicit: core's /store/customers/me* middleware sets the customer's
  // allowed fields on the request, which would otherwise filter ours out.
  allowed: defaultStoreItemDepositFields,
  defaultLimit: 20,
  isList: true,
}
