import { useQuery } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"
import { retryUnlessClientError } from "../components/common/error-message"

/**
 * Resources only the purchase screens look up: store credit balances
 * (loyalty plugin) and the admin users named in the activity log. The
 * catalogue look-ups both screens use are in ./lookups.
 */

export type StoreCreditAccount = {
  id: string
  currency_code: string
  balance: number
}

/** The customer's store-credit account in a currency (null when none yet). */
export function useStoreCreditAccount(customerId: string | undefined, currencyCode: string) {
  return useQuery({
    queryKey: ["store_credit_accounts", customerId, currencyCode],
    queryFn: async () => {
      const { store_credit_accounts } = await sdk.client.fetch<{
        store_credit_accounts: StoreCreditAccount[]
      }>("/admin/store-credit-accounts", {
        query: { customer_id: customerId, currency_code: currencyCode },
      })
      return store_credit_accounts[0] ?? null
    },
    enabled: !!customerId,
    retry: retryUnlessClientError,
  })
}

export type AdminUserSummary = {
  id: string
  email: string
  first_name: string | null
  last_name: string | null
}

/** The admin users with these ids, for "who did it" in the activity log. */
export function useAdminUsers(ids: string[]) {
  const unique = Array.from(new Set(ids.filter((id) => id.startsWith("user_")))).sort()
  return useQuery({
    queryKey: ["users", "purchase_actors", unique],
    queryFn: () =>
      sdk.client.fetch<{ users: AdminUserSummary[] }>("/admin/users", {
        query: { id: unique, limit: unique.length, fields: "id,email,first_name,last_name" },
      }),
    enabled: unique.length > 0,
    staleTime: 5 * 60_000,
    retry: false,
  })
}
