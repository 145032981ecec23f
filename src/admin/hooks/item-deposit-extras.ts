import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { retryUnlessClientError } from "../components/common/error-message"
import type {
  ItemDepositResponse,
  ItemDepositSettings,
  TopUpItemDepositBody,
} from "../components/item-deposits/types"
import { sdk } from "../lib/sdk"
import { itemDepositKeys } from "./item-deposits"

/** Top-ups and the deposit settings (expiry, stock holds, online deposits). */

export const itemDepositSettingsKey = ["item_deposit_settings"] as const

type SettingsResponse = { item_deposit_settings: ItemDepositSettings }

export function useItemDepositSettings() {
  return useQuery({
    queryKey: itemDepositSettingsKey,
    queryFn: () => sdk.client.fetch<SettingsResponse>("/admin/item-deposit-settings"),
    retry: retryUnlessClientError,
  })
}

export function useUpdateItemDepositSettings() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: Partial<Omit<ItemDepositSettings, "id">>) =>
      sdk.client.fetch<SettingsResponse>("/admin/item-deposit-settings", { method: "POST", body }),
    onSuccess: (data) => queryClient.setQueryData(itemDepositSettingsKey, data),
  })
}

export function useTopUpItemDeposit(id: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: TopUpItemDepositBody) =>
      sdk.client.fetch<ItemDepositResponse>(`/admin/item-deposits/${id}/top-ups`, { method: "POST", body }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: itemDepositKeys.all }),
  })
}
