import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"
import { retryUnlessClientError } from "../components/common/error-message"

/**
 * Core and loyalty-plugin resources the purchase screens look up: customers,
 * the store's currencies, stock locations, products and variants, store
 * credit balances and the admin users named in the activity log.
 */

export type CustomerSummary = {
  id: string
  email: string | null
  first_name: string | null
  last_name: string | null
  phone: string | null
  has_account?: boolean
}

export function useCustomerSearch(q: string) {
  return useQuery({
    queryKey: ["customers", "purchase_search", q],
    queryFn: () =>
      sdk.client.fetch<{ customers: CustomerSummary[]; count: number }>("/admin/customers", {
        query: {
          q: q || undefined,
          limit: 10,
          fields: "id,email,first_name,last_name,phone,has_account",
          order: "-created_at",
        },
      }),
    placeholderData: keepPreviousData,
    retry: retryUnlessClientError,
  })
}

export type StoreCurrency = { currency_code: string; is_default: boolean }

export function useStoreCurrencies() {
  return useQuery({
    queryKey: ["stores", "purchase_currencies"],
    queryFn: async () => {
      const { stores } = await sdk.client.fetch<{
        stores: { id: string; supported_currencies?: StoreCurrency[] }[]
      }>("/admin/stores", { query: { fields: "id,*supported_currencies" } })
      return stores[0]?.supported_currencies ?? []
    },
    staleTime: 60_000,
    retry: retryUnlessClientError,
  })
}

export type StockLocationSummary = { id: string; name: string }

export function useStockLocations() {
  return useQuery({
    queryKey: ["stock_locations", "purchase_select"],
    queryFn: () =>
      sdk.client.fetch<{ stock_locations: StockLocationSummary[] }>("/admin/stock-locations", {
        query: { limit: 100, fields: "id,name" },
      }),
    staleTime: 60_000,
    retry: retryUnlessClientError,
  })
}

export type VariantSummary = {
  id: string
  title: string | null
  sku: string | null
  product?: { id: string; title: string } | null
}

export function useVariantSearch(q: string, enabled = true) {
  return useQuery({
    queryKey: ["product_variants", "purchase_search", q],
    queryFn: () =>
      sdk.client.fetch<{ variants: VariantSummary[] }>("/admin/product-variants", {
        query: {
          q: q || undefined,
          limit: 10,
          fields: "id,title,sku,product.id,product.title",
        },
      }),
    enabled,
    placeholderData: keepPreviousData,
    retry: retryUnlessClientError,
  })
}

export type ProductSummary = { id: string; title: string; status: string }

export function useProductSearch(q: string, enabled = true) {
  return useQuery({
    queryKey: ["products", "purchase_search", q],
    queryFn: () =>
      sdk.client.fetch<{ products: ProductSummary[] }>("/admin/products", {
        query: { q: q || undefined, limit: 10, fields: "id,title,status" },
      }),
    enabled,
    placeholderData: keepPreviousData,
    retry: retryUnlessClientError,
  })
}

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
