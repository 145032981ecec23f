import { MathBN } from "@medusajs/framework/utils"
import { formatPurchaseNumber } from "../../../utils/purchase-number"

/** A purchase as the export reads it (full ID number included), and one of its items. */
export type ExportPurchase = Record<string, any> & { items: Record<string, any>[] }
export type ExportRow = { purchase: ExportPurchase; item: Record<string, any> }

type Column = { header: string; value: (row: ExportRow) => unknown }

const day = (value: unknown) => (value ? new Date(value as string).toISOString().slice(0, 10) : "")
const money = (value: unknown) => MathBN.convert(value as any).toFixed(2)

function address(value: Record<string, unknown> | null | undefined) {
  if (!value) {
    return ""
  }
  return ["address_1", "address_2", "city", "province", "postal_code", "country_code"]
    .map((key) => value[key])
    .filter((part) => typeof part === "string" && part.trim())
    .join(", ")
}

function payment(purchase: ExportPurchase) {
  return (purchase.payout?.lines ?? []).map((line: any) => line.method_name).join("; ")
}

/**
 * The standard export: one row per item bought, with what regulators ask
 * for (README "Compliance" has the mapping).
 */
const STANDARD: Column[] = [
  { header: "transaction_number", value: ({ purchase }) => formatPurchaseNumber(purchase.display_id) },
  { header: "transaction_date", value: ({ purchase }) => new Date(purchase.paid_at).toISOString() },
  { header: "seller_first_name", value: ({ purchase }) => purchase.seller_first_name },
  { header: "seller_last_name", value: ({ purchase }) => purchase.seller_last_name },
  { header: "seller_address", value: ({ purchase }) => address(purchase.seller_address) },
  { header: "seller_phone", value: ({ purchase }) => purchase.seller_phone },
  { header: "seller_date_of_birth", value: ({ purchase }) => day(purchase.seller_date_of_birth) },
  { header: "id_type", value: ({ purchase }) => purchase.id_document_type },
  { header: "id_number", value: ({ purchase }) => purchase.id_document_number },
  { header: "id_expiry", value: ({ purchase }) => day(purchase.id_document_expires_at) },
  { header: "item_description", value: ({ item }) => item.title },
  { header: "item_condition", value: ({ item }) => item.condition },
  { header: "serial_number", value: ({ item }) => item.serial_number },
  { header: "quantity", value: ({ item }) => item.quantity },
  { header: "unit_price", value: ({ item }) => money(item.unit_price) },
  { header: "price_paid", value: ({ item }) => money(MathBN.mult(item.unit_price, item.quantity)) },
  { header: "currency", value: ({ purchase }) => String(purchase.currency_code).toUpperCase() },
  { header: "payment_method", value: ({ purchase }) => payment(purchase) },
]

/**
 * Florida-style (§538.04(1)) transaction record: the fields it names that
 * the plugin captures, under the form's headings. The seller's physical
 * description, fingerprint and photograph are not captured and are left to
 * the paper form.
 */
const FLORIDA: Column[] = [
  { header: "Transaction Number", value: ({ purchase }) => formatPurchaseNumber(purchase.display_id) },
  { header: "Transaction Date", value: ({ purchase }) => day(purchase.paid_at) },
  { header: "Seller Name", value: ({ purchase }) => `${purchase.seller_last_name}, ${purchase.seller_first_name}` },
  { header: "Seller Address", value: ({ purchase }) => address(purchase.seller_address) },
  { header: "Date of Birth", value: ({ purchase }) => day(purchase.seller_date_of_birth) },
  { header: "ID Type", value: ({ purchase }) => purchase.id_document_type },
  { header: "ID Number", value: ({ purchase }) => purchase.id_document_number },
  { header: "ID Expiration", value: ({ purchase }) => day(purchase.id_document_expires_at) },
  { header: "Item Description", value: ({ item }) => item.title },
  { header: "Serial Number", value: ({ item }) => item.serial_number },
  { header: "Quantity", value: ({ item }) => item.quantity },
  { header: "Amount Paid", value: ({ item }) => money(MathBN.mult(item.unit_price, item.quantity)) },
  { header: "Method of Payment", value: ({ purchase }) => payment(purchase) },
]

export const EXPORT_PRESETS = { standard: STANDARD, florida: FLORIDA } as const
export type ExportPreset = keyof typeof EXPORT_PRESETS
