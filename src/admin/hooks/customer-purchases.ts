import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { toast } from "@medusajs/ui"
import { sdk } from "../lib/sdk"
import { retryUnlessClientError } from "../components/common/error-message"
import { fetchAdminBlob } from "../components/common/fetch-file"
import type {
  CreatePurchaseBody,
  CustomerPurchase,
  PurchaseActivity,
  PurchaseAttachment,
  PurchaseListParams,
  SellerInput,
} from "../components/customer-purchases/types"

/** Query keys of the purchase resources; invalidate `all` after any change. */
export const purchaseQueryKeys = {
  all: ["customer_purchases"] as const,
  lists: () => [...purchaseQueryKeys.all, "list"] as const,
  list: (params: PurchaseListParams) => [...purchaseQueryKeys.lists(), params] as const,
  detail: (id: string) => [...purchaseQueryKeys.all, "detail", id] as const,
  activity: (id: string) => [...purchaseQueryKeys.all, "activity", id] as const,
}

const base = "/admin/customer-purchases"

// `items.*` (not items.id,…): the route only returns relations asked for whole.
const LIST_FIELDS = [
  "id",
  "display_id",
  "status",
  "currency_code",
  "seller_first_name",
  "seller_last_name",
  "created_at",
  "items.*",
  "customer.id",
  "customer.email",
  "customer.first_name",
  "customer.last_name",
].join(",")

type PurchaseResponse = { customer_purchase: CustomerPurchase }
type PurchaseListResponse = {
  customer_purchases: CustomerPurchase[]
  count: number
  offset: number
  limit: number
}

export function useCustomerPurchases(params: PurchaseListParams) {
  return useQuery({
    queryKey: purchaseQueryKeys.list(params),
    queryFn: () =>
      sdk.client.fetch<PurchaseListResponse>(base, {
        query: {
          ...params,
          fields: LIST_FIELDS,
        },
      }),
    placeholderData: keepPreviousData,
    retry: retryUnlessClientError,
  })
}

export function useCustomerPurchase(id: string) {
  return useQuery({
    queryKey: purchaseQueryKeys.detail(id),
    queryFn: () => sdk.client.fetch<PurchaseResponse>(`${base}/${id}`),
    retry: retryUnlessClientError,
  })
}

export function usePurchaseActivity(id: string, limit = 100) {
  return useQuery({
    queryKey: [...purchaseQueryKeys.activity(id), limit],
    queryFn: () =>
      sdk.client.fetch<{ activity: PurchaseActivity[]; count: number }>(`${base}/${id}/activity`, {
        query: { limit },
      }),
    retry: retryUnlessClientError,
  })
}

/**
 * A mutation on one purchase: afterwards the purchase, its activity and the
 * lists are refetched (the activity log grows with almost every change).
 */
export function usePurchaseMutation<TVariables, TResult>(
  id: string,
  mutationFn: (variables: TVariables) => Promise<TResult>,
  options: {
    /**
     * Runs for every success, even when the component that started the
     * mutation has unmounted meanwhile (mutate()'s own callbacks then never
     * run). Put confirmations that must always show here.
     */
    onSuccess?: (result: TResult) => void
  } = {},
) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn,
    onSuccess: (result) => {
      options.onSuccess?.(result)
      const purchase = (result as Partial<PurchaseResponse> | undefined)?.customer_purchase
      if (purchase) {
        queryClient.setQueryData(purchaseQueryKeys.detail(id), { customer_purchase: purchase })
      }
      // Not awaited: the response already holds the new purchase, so the
      // dialog can close while the activity and lists refresh behind it.
      void queryClient.invalidateQueries({ queryKey: purchaseQueryKeys.all })
    },
  })
}

export function useCreateCustomerPurchase() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: CreatePurchaseBody) =>
      sdk.client.fetch<PurchaseResponse>(base, { method: "POST", body }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: purchaseQueryKeys.lists() }),
  })
}

export function useUpdateCustomerPurchase(id: string) {
  return usePurchaseMutation(id, (body: { notes?: string | null; seller?: SellerInput }) =>
    sdk.client.fetch<PurchaseResponse>(`${base}/${id}`, { method: "POST", body }),
  )
}

export function useAddPurchaseNote(id: string) {
  return usePurchaseMutation(id, (body: { note: string; item_id?: string | null }) =>
    sdk.client.fetch<{ activity: PurchaseActivity }>(`${base}/${id}/notes`, {
      method: "POST",
      body,
    }),
  )
}

export function useUploadPurchaseAttachments(id: string) {
  return usePurchaseMutation(
    id,
    ({ files, kind }: { files: File[]; kind: PurchaseAttachment["kind"] }) => {
      const form = new FormData()
      files.forEach((file) => form.append("files", file))
      return sdk.client.fetch<{ attachments: PurchaseAttachment[] }>(`${base}/${id}/attachments`, {
        method: "POST",
        query: { kind },
        body: form,
        // Let the browser set multipart/form-data with its boundary.
        headers: { "content-type": null },
      })
    },
  )
}

export function useRevealSellerId(id: string) {
  return usePurchaseMutation(id, (body: { reason?: string | null }) =>
    sdk.client.fetch<{
      id_document: {
        id_document_type: string | null
        id_document_number: string | null
        id_document_expires_at: string | null
      }
    }>(`${base}/${id}/reveal-id`, { method: "POST", body }),
  )
}

/**
 * Pays a draft purchase out. The confirmation toast is shown here: the new
 * purchase is no longer a draft, so the page drops its pay-out controls as
 * soon as the response lands, possibly before mutate()'s callbacks would run.
 */
export function usePayOutPurchase(id: string) {
  return usePurchaseMutation(
    id,
    (body: { lines: { method_id: string; amount: string; reference?: string | null }[] }) =>
      sdk.client.fetch<PurchaseResponse>(`${base}/${id}/payout`, { method: "POST", body }),
    { onSuccess: ({ customer_purchase }) => toast.success(`${customer_purchase.number} paid out`) },
  )
}

export function useCancelPurchase(id: string) {
  return usePurchaseMutation(id, (body: { reason?: string | null }) =>
    sdk.client.fetch<PurchaseResponse>(`${base}/${id}/cancel`, { method: "POST", body }),
  )
}

/** The receipt PDF of a purchase. */
export function fetchPurchaseReceipt(id: string): Promise<Blob> {
  return fetchAdminBlob(`${base}/${id}/receipt`)
}

/** One attachment's bytes (the route streams it to admins only). */
export function fetchPurchaseAttachment(id: string, attachmentId: string): Promise<Blob> {
  return fetchAdminBlob(`${base}/${id}/attachments/${attachmentId}`)
}

/** An attachment as an object URL, for image previews; revoked on unmount. */
export function useAttachmentBlob(id: string, attachmentId: string, enabled: boolean) {
  return useQuery({
    queryKey: [...purchaseQueryKeys.detail(id), "attachment", attachmentId],
    queryFn: () => fetchPurchaseAttachment(id, attachmentId),
    enabled,
    staleTime: Infinity,
    retry: retryUnlessClientError,
  })
}

/** A bought item stocked as a variant: which purchase, how many, at what cost. */
export type PurchaseOrigin = {
  item_id: string
  title: string
  serial_number: string | null
  quantity: number
  unit_price: number
  refurbishment_cost: number
  unit_cost: number | null
  stocked_at: string | null
  purchase_id: string
  purchase_number: string
  currency_code: string
}

/** Where a variant's stock came from (GET /admin/product-variants/:id/purchase-origins). */
export function useVariantPurchaseOrigins(variantId: string) {
  return useQuery({
    queryKey: [...purchaseQueryKeys.all, "variant_origins", variantId],
    queryFn: () =>
      sdk.client.fetch<{ purchase_origins: PurchaseOrigin[]; count: number }>(
        `/admin/product-variants/${variantId}/purchase-origins`,
      ),
    retry: retryUnlessClientError,
  })
}
