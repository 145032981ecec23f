import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"
import { retryUnlessClientError } from "../components/common/error-message"
import { fetchAdminBlob } from "../components/common/fetch-file"
import type {
  DepositReturnRule,
  PayoutMethod,
  PurchaseSettings,
  ReceiptTemplate,
  RefurbishmentStage,
} from "../components/customer-purchases/types"
import { purchaseQueryKeys } from "./customer-purchases"
import type { HoldRule } from "../../types/customer-purchase"

export const purchaseSettingsQueryKey = ["purchase_settings"] as const

type SettingsResponse = { purchase_settings: PurchaseSettings }

export type PurchaseSettingsUpdate = {
  enabled?: boolean
  stages?: RefurbishmentStage[]
  payout_methods?: PayoutMethod[]
  default_location_id?: string | null
  receipt_template?: Partial<ReceiptTemplate>
  deposit_return_rule?: DepositReturnRule
  // Compliance (README "Compliance").
  hold_rules?: HoldRule[]
  default_hold_days?: number
  no_cash?: boolean
  require_seller_date_of_birth?: boolean
  id_image_retention_days?: number | null
  id_number_retention_days?: number | null
  default_sales_channel_ids?: string[] | null
}

export function usePurchaseSettings() {
  return useQuery({
    queryKey: purchaseSettingsQueryKey,
    queryFn: () => sdk.client.fetch<SettingsResponse>("/admin/purchase-settings"),
    retry: retryUnlessClientError,
  })
}

export function useUpdatePurchaseSettings() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: PurchaseSettingsUpdate) =>
      sdk.client.fetch<SettingsResponse>("/admin/purchase-settings", { method: "POST", body }),
    onSuccess: (data) => {
      queryClient.setQueryData(purchaseSettingsQueryKey, data)
      // Enabling or disabling changes what every purchase route answers.
      void queryClient.invalidateQueries({ queryKey: purchaseQueryKeys.all })
    },
  })
}

/** The receipt a (possibly unsaved) template renders on a sample purchase. */
export function useReceiptPreview(template: Partial<ReceiptTemplate> | null) {
  return useQuery({
    queryKey: [...purchaseSettingsQueryKey, "receipt_preview", template],
    queryFn: () =>
      fetchAdminBlob("/admin/purchase-settings/receipt-preview", {
        method: "POST",
        body: { receipt_template: template ?? {} },
      }),
    enabled: template !== null,
    // Keep showing the last preview while the next one renders.
    placeholderData: keepPreviousData,
    staleTime: Infinity,
    gcTime: 30_000,
    retry: false,
  })
}
