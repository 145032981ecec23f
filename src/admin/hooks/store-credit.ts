import { useQuery, type QueryKey } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"

/**
 * Store credit lives in @medusajs/loyalty-plugin. The key prefix is the one
 * that plugin's own admin uses, so invalidating it after a deposit is
 * converted refreshes its widgets as well as ours.
 */
export const storeCreditKeys = {
  all: ["store-credit-account"] as QueryKey,
  list: (query: Record<string, unknown>) => ["store-credit-account", "list", { query }] as QueryKey,
}

export type StoreCreditAccount = {
  id: string
  customer_id: string | null
  currency_code: string
  balance: number | string | null
  credits?: number | string | null
  debits?: number | string | null
}

export type StoreCreditAccountsResponse = {
  store_credit_accounts: StoreCreditAccount[]
  count: number
}

export function useCustomerStoreCreditAccounts(customerId: string) {
  const query = { customer_id: customerId, limit: 50 }
  return useQuery({
    queryKey: storeCreditKeys.list(query),
    queryFn: () =>
      sdk.client.fetch<StoreCreditAccountsResponse>("/admin/store-credit-accounts", { query }),
    enabled: !!customerId,
  })
}
