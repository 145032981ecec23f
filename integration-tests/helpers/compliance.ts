import { createDraftPurchase } from "../http/utils"

/**
 * Buys one item (linked to `variant_id`) from a new seller, pays cash and
 * stocks it at the settings' default location: what a hold applies to.
 * Returns the purchase and the stocked item.
 */
export async function buyAndStock(
  api: any,
  headers: Record<string, string>,
  item: { variant_id: string; title?: string; serial_number?: string; quantity?: number; metadata?: Record<string, unknown> },
  { payout = "cash" }: { payout?: string } = {}
) {
  const purchase = await createDraftPurchase(api, headers, {
    items: [{ title: item.title ?? "Held phone", unit_price: 80, quantity: 1, ...item }],
  })
  const total = purchase.total
  await api.post(
    `/admin/customer-purchases/${purchase.id}/payout`,
    { lines: [{ method_id: payout, amount: total }] },
    { headers }
  )
  const { data } = await api.post(
    `/admin/customer-purchases/${purchase.id}/items/${purchase.items[0].id}/stock`,
    {},
    { headers }
  )
  return { purchase: data.customer_purchase, item: data.customer_purchase.items[0] }
}

/** The purchase's holds as the admin reads them. */
export async function listHolds(api: any, headers: Record<string, string>, purchaseId: string) {
  return (await api.get(`/admin/customer-purchases/${purchaseId}/holds`, { headers })).data.holds
}
