import type { DepositSlipData } from "../types"

/**
 * A realistic deposit slip: 3 units at $40.00 paid ($120.00), one unit used
 * at checkout, $80.00 remaining; not a special order unless overridden.
 */
export function depositSlipFixture(
  overrides: Partial<DepositSlipData["deposit"]> = {},
  transactionCount = 2
): DepositSlipData {
  const transactions: DepositSlipData["transactions"] = [
    { type: "payment", amount: "120.00", created_at: "2025-03-14T15:09:26.000Z", note: "Paid at the counter" },
    { type: "application", amount: "40.00", created_at: "2025-04-02T10:30:00.000Z", note: "Order #1042" },
  ]
  for (let i = transactions.length; i < transactionCount; i++) {
    transactions.push({
      type: i % 2 === 0 ? "release" : "application",
      amount: "40.00",
      created_at: "2025-04-03T10:30:00.000Z",
      note: `Ledger entry ${i + 1}`,
    })
  }
  return {
    template: {
      store_name: "Chapter & Verse Books",
      store_address: "5 Market Square\nYork YO1 8AA",
      store_phone: "+44 1904 555 0199",
      store_email: "hello@chapterverse.example",
      store_tax_id: "GB987654321",
      header: "Purchase receipt",
      seller_declaration: "I declare that I am the legal owner of the goods listed above.",
      terms: "Goods are bought as seen.",
      footer: "Thank you for shopping at Chapter & Verse.",
      signature_lines: ["Seller", "Staff member"],
    },
    deposit: {
      number: "D-1001",
      created_at: "2025-03-14T15:09:26.000Z",
      status: "active",
      currency_code: "usd",
      amount_per_unit: "40.00",
      units: 3,
      total_amount: "120.00",
      remaining_amount: "80.00",
      payment_method: "card",
      payment_reference: "AUTH-778812",
      special_order: false,
      special_order_note: null,
      expected_at: null,
      claim_code: "K7QM-2XHP-9RTB",
      ...overrides,
    },
    customer: { name: "Jane Doe", email: "jane@example.com", phone: "+44 7700 900123" },
    item: {
      product_title: "The Collected Poems of W. B. Yeats",
      variant_title: "Hardback, first edition",
      sku: "BOOK-9780684807317-HB-1ST",
    },
    transactions: transactions.slice(0, transactionCount),
    storefront_url: "https://chapterverse.example",
  }
}
