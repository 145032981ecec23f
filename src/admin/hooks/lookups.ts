import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"
import { retryUnlessClientError } from "../components/common/error-message"

/**
 * Core resources the purchase and deposit screens look up: customers,
 * variants and products (searched, or one by id), the store's currencies and
 * its stock locations.
 */

const keys = {
  all: ["admin_lookups"] as const,
  customers: (q: string) => [...keys.all, "customers", q] as const,
  customer: (id: string | undefined) => [...keys.all, "customer", id] as const,
  variants: (q: string) => [...keys.all, "variants", q] as const,
  variant: (id: string | undefined) => [...keys.all, "variant", id] as const,
  products: (q: string) => [...keys.all, "products", q] as const,
  currencies: () => [...keys.all, "store_currencies"] as const,
  locations: () => [...keys.all, "stock_locations"] as const,
  salesChannels: () => [...keys.all, "sales_channels"] as const,
}

export type CustomerSummary = {
  id: string
  email: string | null
  first_name: string | null
  last_name: string | null
  phone: string | null
  has_account?: boolean
}

const CUSTOMER_FIELDS = "id,email,first_name,last_name,phone,has_account"

/** Up to 10 customers matching `q` (name, email, phone), newest first. */
export function useCustomerSearch(q: string) {
  return useQuery({
    queryKey: keys.customers(q),
    queryFn: () =>
      sdk.client.fetch<{ customers: CustomerSummary[]; count: number }>("/admin/customers", {
        query: { q: q || undefined, limit: 10, fields: CUSTOMER_FIELDS, order: "-created_at" },
      }),
    placeholderData: keepPreviousData,
    retry: retryUnlessClientError,
  })
}

export function useCustomerById(id: string | undefined) {
  return useQuery({
    queryKey: keys.customer(id),
    queryFn: () =>
      sdk.client.fetch<{ customer: CustomerSummary }>(`/admin/customers/${id}`, {
        query: { fields: CUSTOMER_FIELDS },
      }),
    enabled: !!id,
    retry: retryUnlessClientError,
  })
}

export type VariantSummary = {
  id: string
  title: string | null
  sku: string | null
  product?: { id: string; title: string } | null
}

const VARIANT_FIELDS = "id,title,sku,product.id,product.title"

/** Up to 10 variants matching `q` (title, SKU). */
export function useVariantSearch(q: string, enabled = true) {
  return useQuery({
    queryKey: keys.variants(q),
    queryFn: () =>
      sdk.client.fetch<{ variants: VariantSummary[] }>("/admin/product-variants", {
        query: { q: q || undefined, limit: 10, fields: VARIANT_FIELDS },
      }),
    enabled,
    placeholderData: keepPreviousData,
    retry: retryUnlessClientError,
  })
}

export function useVariantById(id: string | undefined) {
  return useQuery({
    queryKey: keys.variant(id),
    queryFn: () =>
      sdk.client.fetch<{ variants: VariantSummary[] }>("/admin/product-variants", {
        query: { id, limit: 1, fields: VARIANT_FIELDS },
      }),
    enabled: !!id,
    retry: retryUnlessClientError,
  })
}

export type ProductSummary = { id: string; title: string; status: string }

export function useProductSearch(q: string, enabled = true) {
  return useQuery({
    queryKey: keys.products(q),
    queryFn: () =>
      sdk.client.fetch<{ products: ProductSummary[] }>("/admin/products", {
        query: { q: q || undefined, limit: 10, fields: "id,title,status" },
      }),
    enabled,
    placeholderData: keepPreviousData,
    retry: retryUnlessClientError,
  })
}

export type StoreCurrency = { currency_code: string; is_default: boolean }

/** The currencies the store sells in, the default first. */
export function useStoreCurrencies() {
  return useQuery({
    queryKey: keys.currencies(),
    queryFn: async () => {
      const { stores } = await sdk.client.fetch<{
        stores: { id: string; supported_currencies?: StoreCurrency[] }[]
      }>("/admin/stores", { query: { fields: "id,*supported_currencies" } })
      const currencies = stores[0]?.supported_currencies ?? []
      return [...currencies].sort((a, b) => Number(!!b.is_default) - Number(!!a.is_default))
    },
    staleTime: 60_000,
    retry: retryUnlessClientError,
  })
}

export type StockLocationSummary = { id: string; name: string }

export function useStockLocations() {
  return useQuery({
    queryKey: keys.locations(),
    queryFn: () =>
      sdk.client.fetch<{ stock_locations: StockLocationSummary[] }>("/admin/stock-locations", {
        query: { limit: 100, fields: "id,name" },
      }),
    staleTime: 60_000,
    retry: retryUnlessClientError,
  })
}

export type SalesChannelSummary = { id: string; name: string; is_disabled?: boolean }

/**
 * The store's sales channels and which one is its default (where core puts
 * new products, and where stocking falls back to).
 */
export function useSalesChannels() {
  return useQuery({
    queryKey: keys.salesChannels(),
    queryFn: async () => {
      const [{ sales_channels }, { stores }] = await Promise.all([
        sdk.client.fetch<{ sales_channels: SalesChannelSummary[] }>("/admin/sales-channels", {
          query: { limit: 100, fields: "id,name,is_disabled" },
        }),
        sdk.client.fetch<{ stores: { default_sales_channel_id: string | null }[] }>("/admin/stores", {
          query: { fields: "id,default_sales_channel_id" },
        }),
      ])
      return { sales_channels, default_id: stores[0]?.default_sales_channel_id ?? null }
    },
    staleTime: 60_000,
    retry: retryUnlessClientError,
  })
}
