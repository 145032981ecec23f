import { sdk } from "../lib/sdk"
import { usePurchaseMutation } from "./customer-purchases"
import type {
  CustomerPurchase,
  PurchaseItemInput,
  StockItemBody,
} from "../components/customer-purchases/types"

/** Mutations on a purchase's items; each refetches the purchase. */

type PurchaseResponse = { customer_purchase: CustomerPurchase }

const itemsPath = (id: string) => `/admin/customer-purchases/${id}/items`

export function useAddPurchaseItems(id: string) {
  return usePurchaseMutation(id, (items: PurchaseItemInput[]) =>
    sdk.client.fetch<PurchaseResponse>(itemsPath(id), { method: "POST", body: { items } }),
  )
}

export function useUpdatePurchaseItem(id: string) {
  return usePurchaseMutation(
    id,
    ({ itemId, ...body }: Partial<PurchaseItemInput> & { itemId: string }) =>
      sdk.client.fetch<PurchaseResponse>(`${itemsPath(id)}/${itemId}`, { method: "POST", body }),
  )
}

export function useRemovePurchaseItem(id: string) {
  return usePurchaseMutation(id, (itemId: string) =>
    sdk.client.fetch<{ id: string; deleted: boolean; parent: CustomerPurchase }>(
      `${itemsPath(id)}/${itemId}`,
      { method: "DELETE" },
    ),
  )
}

export function useUpdatePurchaseItemStatus(id: string) {
  return usePurchaseMutation(
    id,
    ({ itemId, ...body }: { itemId: string; status: string; note?: string | null }) =>
      sdk.client.fetch<PurchaseResponse>(`${itemsPath(id)}/${itemId}/status`, {
        method: "POST",
        body,
      }),
  )
}

export function useStockPurchaseItem(id: string) {
  return usePurchaseMutation(id, ({ itemId, ...body }: StockItemBody & { itemId: string }) =>
    sdk.client.fetch<PurchaseResponse>(`${itemsPath(id)}/${itemId}/stock`, {
      method: "POST",
      body,
    }),
  )
}
