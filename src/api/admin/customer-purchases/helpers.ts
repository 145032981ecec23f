import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { formatPurchaseNumber } from "../../../utils/purchase-number"
import { maskIdNumber } from "../../../utils/mask-id-number"
import { itemTotal, purchaseTotal, toAmount } from "../../../utils/purchase-totals"

/**
 * Adds what every client wants and the database does not store: the
 * printable number, each line's total and the purchase total.
 */
export function formatCustomerPurchase(purchase: any) {
  const items = purchase.items
  return {
    ...purchase,
    number: formatPurchaseNumber(purchase.display_id),
    id_document_masked: maskIdNumber(purchase.id_document_last4),
    ...(items && {
      items: [...items]
        .sort(byEntryOrder)
        .map((item: any) => ({ ...item, total: toAmount(itemTotal(item)) })),
      total: toAmount(purchaseTotal(items)),
    }),
  }
}

/** Items in the order the merchant entered them (rank; older rows all rank 0). */
function byEntryOrder(a: any, b: any) {
  return (
    (a.rank ?? 0) - (b.rank ?? 0) ||
    String(a.created_at ?? "").localeCompare(String(b.created_at ?? "")) ||
    String(a.id ?? "").localeCompare(String(b.id ?? ""))
  )
}

/**
 * The fields the computed values above are made from: always read, whatever
 * `fields` a client asked for, so a narrow request still gets them right.
 */
export function withComputedFrom(fields: string[]) {
  return [...new Set([...fields, "id", "display_id", "id_document_last4", "items.quantity", "items.unit_price", "items.rank", "items.created_at"])]
}

export async function refetchCustomerPurchase(
  id: string,
  scope: MedusaContainer,
  fields: string[]
) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "customer_purchase",
    fields: withComputedFrom(fields),
    filters: { id },
  })
  if (!data[0]) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Customer purchase with id: ${id} was not found`
    )
  }
  return formatCustomerPurchase(data[0])
}
