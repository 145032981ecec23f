import type { ReceiptTemplateSettings } from "../../../../types/customer-purchase"
import type { PurchaseReceiptData } from "../../../../utils/pdf"

/** A plausible purchase to preview a receipt template with. */
export function samplePurchaseReceipt(template: ReceiptTemplateSettings): PurchaseReceiptData {
  return {
    template,
    purchase: {
      number: "P-1001",
      created_at: new Date().toISOString(),
      status: "paid",
      currency_code: "eur",
      notes: null,
    },
    seller: {
      name: "Sam Seller",
      email: "sam@example.com",
      phone: "+44 7700 900123",
      address: "1 High Street, Leeds",
      id_document_type: "driving_licence",
      id_number_masked: "•••• S9AB",
      id_document_expires_at: "2030-01-01T00:00:00.000Z",
    },
    items: [
      { title: "iPhone 12, 64 GB", serial_number: "356938035643809", condition: "good", quantity: 1, unit_price: "150", total: "150" },
      { title: "Charging cable", serial_number: null, condition: "like_new", quantity: 2, unit_price: "2.5", total: "5" },
    ],
    total: "155",
    payouts: [
      { method_name: "Cash", method_type: "cash", amount: "55" },
      { method_name: "Store credit", method_type: "store_credit", amount: "100" },
    ],
  }
}
