import type { PurchaseSettingsDTO } from "../../../../../types/customer-purchase"
import type { PurchaseReceiptData } from "../../../../../utils/pdf"
import { maskIdNumber } from "../../../../../utils/mask-id-number"
import { formatAddress } from "../../../../../utils/format-address"

/**
 * Maps a purchase (as the routes return it) onto the receipt document. The
 * purchase's notes are internal (what staff wrote about the seller or the
 * goods) and stay off the seller's receipt. Items print in the order they
 * were entered (the route's items are sorted by rank).
 */
export function buildReceiptData(
  purchase: any,
  settings: PurchaseSettingsDTO
): PurchaseReceiptData {
  return {
    template: settings.receipt_template,
    purchase: {
      number: purchase.number,
      created_at: new Date(purchase.created_at).toISOString(),
      status: purchase.status,
      currency_code: purchase.currency_code,
      notes: null,
    },
    seller: {
      name: `${purchase.seller_first_name} ${purchase.seller_last_name}`.trim(),
      email: purchase.seller_email,
      phone: purchase.seller_phone,
      address: formatAddress(purchase.seller_address),
      id_document_type: purchase.id_document_type,
      id_number_masked: maskIdNumber(purchase.id_document_last4),
      id_document_expires_at: purchase.id_document_expires_at
        ? new Date(purchase.id_document_expires_at).toISOString()
        : null,
    },
    items: purchase.items.map((item: any) => ({
      title: item.title,
      serial_number: item.serial_number,
      condition: item.condition,
      quantity: item.quantity,
      unit_price: String(item.unit_price),
      total: String(item.total),
    })),
    total: String(purchase.total),
    payouts: (purchase.payout?.lines ?? []).map((line: any) => ({
      method_name: line.method_name,
      method_type: line.method_type,
      amount: String(line.amount),
    })),
  }
}
