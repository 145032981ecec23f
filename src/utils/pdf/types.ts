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
