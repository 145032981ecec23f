export const defaultAdminItemDepositFields = [
  "id",
  "display_id",
  "status",
  "customer_id",
  "variant_id",
  "currency_code",
  "amount_per_unit",
  "units",
  "payment_method",
  "payment_reference",
  "special_order",
  "special_order_note",
  "expected_at",
  "notes",
  "claim_code",
  "claimed_at",
  "created_by",
  "metadata",
  "created_at",
  "updated_at",
  "customer.id",
  "customer.email",
  "customer.first_name",
  "customer.last_name",
  "customer.phone",
  "product_variant.id",
  "product_variant.title",
  "product_variant.sku",
  "product_variant.product.id",
  "product_variant.product.title",
  "product_variant.product.thumbnail",
]

export const retrieveItemDepositQueryConfig = {
  defaults: [...defaultAdminItemDepositFields, "transactions.*", "orders.id", "orders.display_id"],
  isList: false,
}

export const listItemDepositQueryConfig = {
  defaults: defaultAdminItemDepositFields,
  defaultLimit: 20,
  isList: true,
}
