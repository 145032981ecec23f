import type { PurchaseReceiptData } from "../types"

/** A realistic receipt with `itemCount` items; serials are unique per item. */
export function receiptFixture(
  itemCount = 3,
  overrides: Partial<PurchaseReceiptData["purchase"]> = {}
): PurchaseReceiptData {
  return {
    template: {
      store_name: "Fix & Resell Ltd",
      store_address: "12 High Street\nManchester M1 1AA",
      store_phone: "+44 161 555 0100",
      store_email: "shop@fixresell.example",
      store_tax_id: "GB123456789",
      header: "Purchase receipt",
      seller_declaration:
        "I declare that I am the legal owner of the goods listed above and have the right to sell them.",
      terms: "Goods are bought as seen. Payment is final once made.",
      footer: "Thank you for selling to Fix & Resell.",
      signature_lines: ["Seller", "Staff member"],
    },
    purchase: {
      number: "P-1001",
      created_at: "2025-03-14T15:09:26.000Z",
      status: "paid",
      currency_code: "usd",
      notes: "ID checked at the counter.",
      ...overrides,
    },
    seller: {
      name: "Jane Doe",
      email: "jane@example.com",
      phone: "+44 7700 900123",
      address: "3 Elm Road, Salford M5 4WT",
      id_document_type: "driving_licence",
      id_number_masked: "•••• 1234",
      id_document_expires_at: "2030-05-31",
    },
    items: Array.from({ length: itemCount }, (_, i) => ({
      title: i % 4 === 0 ? `iPhone 13 Pro 128GB Graphite, boxed, with charger (${i + 1})` : `Galaxy S21 (${i + 1})`,
      serial_number: `IMEI35693${String(i + 1).padStart(6, "0")}`,
      condition: ["grade_a", "grade_b", "for_parts"][i % 3],
      quantity: 1,
      unit_price: "120.50",
      total: "120.50",
    })),
    total: "1234.50",
    payouts: [
      { method_name: "Cash", method_type: "cash", amount: "234.50" },
      { method_name: "Store credit", method_type: "store_credit", amount: "1000.00" },
    ],
  }
}
