import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"
import { retryUnlessClientError } from "../components/common/error-message"
import { purchaseQueryKeys } from "./customer-purchases"
import type { ItemCost, ItemMargin, MarginsQuery, MarginsReport } from "../components/margins/types"

const base = "/admin/customer-purchases"

export const marginsQueryKeys = {
  // Under the purchases' key: every purchase change (stocking, costs) refreshes margins too.
  items: (id: string) => [...purchaseQueryKeys.all, "margins", id] as const,
  costs: (id: string, itemId: string) => [...purchaseQueryKeys.all, "costs", id, itemId] as const,
  report: (query: MarginsQuery) => [...purchaseQueryKeys.all, "margins-report", query] as const,
}

/** What each item of the purchase earned. */
export function useItemMargins(id: string) {
  return useQuery({
    queryKey: marginsQueryKeys.items(id),
    queryFn: () => sdk.client.fetch<{ items: ItemMargin[] }>(`${base}/${id}/margins`),
    retry: retryUnlessClientError,
  })
}

export function useItemCosts(id: string, itemId: string | null) {
  return useQuery({
    queryKey: marginsQueryKeys.costs(id, itemId ?? ""),
    queryFn: () => sdk.client.fetch<{ costs: ItemCost[] }>(`${base}/${id}/items/${itemId}/costs`),
    enabled: !!itemId,
    retry: retryUnlessClientError,
  })
}

/** Adds a refurbishment cost; refreshes the purchase (unit cost), its activity and margins. */
export function useAddItemCost(id: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ itemId, ...body }: { itemId: string; kind: string; amount: string; note?: string }) =>
      sdk.client.fetch<{ cost: ItemCost }>(`${base}/${id}/items/${itemId}/costs`, { method: "POST", body }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: purchaseQueryKeys.all }),
  })
}

/** Query parameters as the API takes them (empty filters left out). */
export function marginsSearch(query: MarginsQuery) {
  const params = new URLSearchParams()
  if (query.from) params.set("from", query.from)
  if (query.to) params.set("to", query.to)
  if (query.status) params.append("status", query.status)
  if (query.condition) params.append("condition", query.condition)
  if (query.product_id) params.append("product_id", query.product_id)
  return params
}

export function useMarginsReport(query: MarginsQuery) {
  return useQuery({
    queryKey: marginsQueryKeys.report(query),
    queryFn: () => sdk.client.fetch<MarginsReport>(`${base}/margins?${marginsSearch(query).toString()}`),
    placeholderData: keepPreviousData,
    retry: retryUnlessClientError,
  })
}
