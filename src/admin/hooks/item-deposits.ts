import {
  keepPreviousData,
  useMutation,
  useQuery,
  useQueryClient,
  type QueryKey,
} from "@tanstack/react-query"
import { retryUnlessClientError } from "../components/common/error-message"
import { sdk } from "../lib/sdk"
import type {
  CreateItemDepositBody,
  CustomerPurchaseSummary,
  ItemDepositListParams,
  ItemDepositListResponse,
  ItemDepositResponse,
  OrderDepositData,
  RefundItemDepositBody,
  UpdateItemDepositBody,
} from "../components/item-deposits/types"
import { storeCreditKeys } from "./store-credit"

const BASE = "/admin/item-deposits"

export const itemDepositKeys = {
  all: ["item_deposits"] as QueryKey,
  lists: () => [...itemDepositKeys.all, "list"] as QueryKey,
  list: (params: ItemDepositListParams) => [...itemDepositKeys.lists(), { params }] as QueryKey,
  details: () => [...itemDepositKeys.all, "detail"] as QueryKey,
  detail: (id: string) => [...itemDepositKeys.details(), id] as QueryKey,
  order: (orderId: string) => [...itemDepositKeys.all, "order", orderId] as QueryKey,
}

/** A page of deposits; keeps the previous page on screen while the next loads. */
export function useItemDeposits(params: ItemDepositListParams, options?: { enabled?: boolean }) {
  return useQuery({
    queryKey: itemDepositKeys.list(params),
    queryFn: () =>
      sdk.client.fetch<ItemDepositListResponse>(BASE, { query: params as Record<string, unknown> }),
    placeholderData: keepPreviousData,
    retry: retryUnlessClientError,
    ...options,
  })
}

export function useItemDeposit(id: string) {
  return useQuery({
    queryKey: itemDepositKeys.detail(id),
    // The orders' carts: a ledger entry names the cart it was applied to.
    queryFn: () =>
      sdk.client.fetch<ItemDepositResponse>(`${BASE}/${id}`, { query: { fields: "+orders.cart.id" } }),
    enabled: !!id,
    retry: retryUnlessClientError,
  })
}

/**
 * What every change to a deposit can affect: the deposit lists, details and
 * widgets. Run after failures too: a 409 means the deposit changed under the
 * page (closed elsewhere, used at checkout), so the page shows what is true.
 */
function useInvalidateDeposits() {
  const queryClient = useQueryClient()
  return (options?: { storeCredit?: boolean }) => {
    const work = [queryClient.invalidateQueries({ queryKey: itemDepositKeys.all })]
    if (options?.storeCredit) {
      work.push(queryClient.invalidateQueries({ queryKey: storeCreditKeys.all }))
      work.push(queryClient.invalidateQueries({ queryKey: ["transaction"] }))
    }
    return Promise.all(work)
  }
}

export function useCreateItemDeposit() {
  const invalidate = useInvalidateDeposits()
  return useMutation({
    mutationFn: (body: CreateItemDepositBody) =>
      sdk.client.fetch<ItemDepositResponse>(BASE, { method: "POST", body }),
    onSettled: () => invalidate(),
  })
}

export function useUpdateItemDeposit(id: string) {
  const invalidate = useInvalidateDeposits()
  return useMutation({
    mutationFn: (body: UpdateItemDepositBody) =>
      sdk.client.fetch<ItemDepositResponse>(`${BASE}/${id}`, { method: "POST", body }),
    onSettled: () => invalidate(),
  })
}

export function useConvertItemDeposit(id: string) {
  const invalidate = useInvalidateDeposits()
  return useMutation({
    mutationFn: (body: { reason: string }) =>
      sdk.client.fetch<ItemDepositResponse>(`${BASE}/${id}/convert`, { method: "POST", body }),
    onSettled: () => invalidate({ storeCredit: true }),
  })
}

export function useRefundItemDeposit(id: string) {
  const invalidate = useInvalidateDeposits()
  return useMutation({
    mutationFn: (body: RefundItemDepositBody) =>
      sdk.client.fetch<ItemDepositResponse>(`${BASE}/${id}/refund`, { method: "POST", body }),
    onSettled: () => invalidate(),
  })
}

export function useCancelItemDeposit(id: string) {
  const invalidate = useInvalidateDeposits()
  return useMutation({
    mutationFn: (body: { reason?: string | null }) =>
      sdk.client.fetch<ItemDepositResponse>(`${BASE}/${id}/cancel`, { method: "POST", body }),
    onSettled: () => invalidate(),
  })
}

/** The printable slip: fetched with the admin's session, handed back as a PDF blob. */
export async function fetchDepositSlip(id: string): Promise<Blob> {
  const response = await sdk.client.fetch<Response>(`${BASE}/${id}/slip`, {
    headers: { accept: "application/pdf" },
  })
  return response.blob()
}

// Deposit data the order and customer pages show (the catalogue look-ups are in ./lookups)

/** An order's deposit credit lines, its items and the deposits linked to it. */
export function useOrderItemDeposits(orderId: string) {
  return useQuery({
    queryKey: itemDepositKeys.order(orderId),
    queryFn: () =>
      sdk.client.fetch<{ order: OrderDepositData }>(`/admin/orders/${orderId}`, {
        query: {
          fields:
            "id,currency_code,*credit_lines,items.id,items.title,items.variant_id,items.product_title,items.variant_title,item_deposits.id,item_deposits.display_id," +
            // What came back to each deposit from this order (returns, claims, exchanges, edits).
            "item_deposits.transactions.id,item_deposits.transactions.type,item_deposits.transactions.amount,item_deposits.transactions.order_id,item_deposits.transactions.created_at",
        },
      }),
    enabled: !!orderId,
    retry: retryUnlessClientError,
  })
}

/**
 * A customer's purchases for the customer page. Keyed under the purchase
 * screens' own prefix ("customer_purchases"), so their changes refresh it.
 * Answers 403 while purchasing from the public is disabled.
 */
export function useCustomerPurchasesOfCustomer(customerId: string, limit = 5) {
  const query = {
    customer_id: customerId,
    limit,
    order: "-created_at",
    // `*items`: the list route drops partial item fields (items.id…), and the
    // total is computed from the items.
    fields: "id,display_id,status,currency_code,created_at,*items",
  }
  return useQuery({
    queryKey: ["customer_purchases", "of_customer", query],
    queryFn: () =>
      sdk.client.fetch<{ customer_purchases: CustomerPurchaseSummary[]; count: number }>(
        "/admin/customer-purchases",
        { query }
      ),
    enabled: !!customerId,
    retry: retryUnlessClientError,
  })
}
