import type { ReceiptTemplateSettings } from "../../../../../types/customer-purchase"
import type { DepositSlipData } from "../../../../../utils/pdf"

/** Maps a deposit (as the admin routes return it) onto the slip document. */
export function buildDepositSlipData(deposit: any, template: ReceiptTemplateSettings): DepositSlipData {
  const variant = deposit.product_variant
  const customer = deposit.customer
  return {
    template,
    deposit: {
      number: deposit.number,
      created_at: new Date(deposit.created_at).toISOString(),
      status: deposit.status,
      currency_code: deposit.currency_code,
      amount_per_unit: String(deposit.amount_per_unit),
      units: deposit.units,
      total_amount: String(deposit.total_amount),
      remaining_amount: String(deposit.remaining_amount),
      payment_method: deposit.payment_method,
      payment_reference: deposit.payment_reference,
      special_order: deposit.special_order,
      special_order_note: deposit.special_order_note,
      expected_at: deposit.expected_at ? new Date(deposit.expected_at).toISOString() : null,
      claim_code: deposit.claim_code,
    },
    customer: {
      name: [customer?.first_name, customer?.last_name].filter(Boolean).join(" ") || customer?.email || "",
      email: customer?.email,
      phone: customer?.phone,
    },
    item: {
      product_title: variant?.product?.title ?? deposit.variant_id,
      variant_title: variant?.title,
      sku: variant?.sku,
    },
    transactions: (deposit.transactions ?? [])
      .slice()
      .sort((a: any, b: any) => +new Date(a.created_at) - +new Date(b.created_at))
      .map((t: any) => ({
        type: t.type,
        amount: String(t.amount),
        created_at: new Date(t.created_at).toISOString(),
        note: t.note,
      })),
  }
}
