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
