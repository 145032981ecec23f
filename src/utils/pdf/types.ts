/**
 * Input data of the PDF documents.
 *
 * These are plain, JSON-like shapes on purpose: the data is copied to the
 * render worker with the structured-clone algorithm (postMessage), so it must
 * not contain functions, class instances with behaviour (BigNumber), or
 * anything else that does not survive the copy. Amounts are decimal strings
 * ("120.50") produced by the caller from Medusa's BigNumber; the documents only
 * ever format them for display and never do arithmetic on them.
 */

/** The merchant's "Purchase Receipt Template" (store details and fixed texts). */
export type ReceiptTemplate = {
  store_name: string
  store_address?: string | null
  store_phone?: string | null
  store_email?: string | null
  store_tax_id?: string | null
  /** Title printed top-right, e.g. "Purchase receipt". */
  header?: string | null
  /** The seller's declaration that they own the goods and may sell them. */
  seller_declaration?: string | null
  terms?: string | null
  footer?: string | null
  /** One signature box per entry, e.g. ["Seller", "Staff member"]. */
  signature_lines: string[]
}

export type PurchaseReceiptItem = {
  title: string
  serial_number?: string | null
  condition?: string | null
  quantity: number
  /** Decimal string in the purchase's currency, e.g. "120.50". */
  unit_price: string
  /** Decimal string: unit_price × quantity, computed by the caller with MathBN. */
  total: string
}

export type PurchaseReceiptPayout = {
  method_name: string
  method_type: string
  /** Decimal string in the purchase's currency. */
  amount: string
}

export type PurchaseReceiptData = {
  template: ReceiptTemplate
  purchase: {
    /** Human-friendly number, e.g. "P-1001". */
    number: string
    /** ISO 8601 timestamp. */
    created_at: string
    status: string
    currency_code: string
    notes?: string | null
  }
  seller: {
    name: string
    email?: string | null
    phone?: string | null
    address?: string | null
    id_document_type?: string | null
    /** Already masked by the caller, e.g. "•••• 1234": the PDF never sees the full number. */
    id_number_masked?: string | null
    /** ISO date ("2030-05-31") or timestamp. */
    id_document_expires_at?: string | null
  }
  items: PurchaseReceiptItem[]
  /** Decimal string: the purchase total. */
  total: string
  /** Empty until the purchase is paid out. */
  payouts: PurchaseReceiptPayout[]
}

/** One entry of a deposit's ledger (append-only; amounts are positive). */
export type DepositSlipTransaction = {
  /** payment, application, release, conversion, refund, cancellation, reversal. */
  type: string
  /** Decimal string in the deposit's currency; the type says which way it moves. */
  amount: string
  /** ISO 8601 timestamp. */
  created_at: string
  note?: string | null
}

/**
 * The deposit slip: what a customer who paid a deposit towards one specific
 * item is handed at the counter (and can be reprinted from the admin).
 */
export type DepositSlipData = {
  /** The store details and footer of the merchant's template (its header, declaration, terms and signature lines are the receipt's and are not printed). */
  template: ReceiptTemplate
  deposit: {
    /** Human-friendly number, e.g. "D-1001". */
    number: string
    /** ISO 8601 timestamp. */
    created_at: string
    /** active, consumed, converted, refunded, cancelled. */
    status: string
    currency_code: string
    /** Decimal strings in the deposit's currency, e.g. "25.00". */
    amount_per_unit: string
    units: number
    /** amount_per_unit × units, computed by the caller with MathBN. */
    total_amount: string
    /** What is left of the deposit (the sum of its ledger), computed by the caller. */
    remaining_amount: string
    payment_method: string
    payment_reference?: string | null
    special_order: boolean
    special_order_note?: string | null
    /** ISO date or timestamp: when the special-order item is expected. */
    expected_at?: string | null
    /** Printed for the customer to attach the deposit to their online account, e.g. "K7QM-2XHP-9RTB". */
    claim_code: string
  }
  customer: { name: string; email?: string | null; phone?: string | null }
  item: { product_title: string; variant_title?: string | null; sku?: string | null }
  /** The deposit's ledger, oldest first. */
  transactions: DepositSlipTransaction[]
  /**
   * Optional: the shop's website, printed in the "Use this deposit online"
   * box so the customer knows where to create their account.
   */
  storefront_url?: string | null
}
