import type { PurchaseSettingsDTO } from "../../../types/customer-purchase"

/** What a store gets before the merchant changes anything. */
export const DEFAULT_PURCHASE_SETTINGS: Omit<PurchaseSettingsDTO, "id"> = {
  enabled: false,
  stages: [
    { value: "received", label: "Received" },
    { value: "testing", label: "Testing" },
    { value: "refurbishing", label: "Refurbishing" },
    { value: "ready", label: "Ready" },
  ],
  payout_methods: [
    { id: "cash", name: "Cash", type: "cash", enabled: true },
    { id: "card", name: "Card", type: "card", enabled: true },
    {
      id: "bank_transfer",
      name: "Bank transfer",
      type: "bank_transfer",
      enabled: true,
    },
    { id: "cheque", name: "Cheque", type: "cheque", enabled: false },
    {
      id: "store_credit",
      name: "Store credit",
      type: "store_credit",
      enabled: true,
    },
  ],
  default_location_id: null,
  deposit_return_rule: "deposit",
  hold_rules: [],
  default_hold_days: 0,
  no_cash: false,
  require_seller_date_of_birth: false,
  id_image_retention_days: null,
  id_number_retention_days: null,
  default_sales_channel_ids: null,
  receipt_template: {
    store_name: "Our store",
    store_address: null,
    store_phone: null,
    store_email: null,
    store_tax_id: null,
    header: "Purchase receipt",
    seller_declaration:
      "I declare that I am the legal owner of the goods listed above, that they are free of any claim by a third party, and that I am entitled to sell them.",
    terms:
      "Goods are bought as described. The price paid is final once the payout has been made.",
    footer: "Thank you for your business.",
    signature_lines: ["Seller", "Staff member"],
  },
}
