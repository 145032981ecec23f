import { useMemo, useState } from "react"
import { useCustomerSearch, useVariantSearch } from "../../../hooks/item-deposits"
import { customerName, variantLabel } from "../format"
import type { SearchOption } from "./search-list"
import { useDebouncedValue } from "./use-debounced-value"

/** Customers matching what was typed, as options (name, email underneath). */
export function useCustomerOptions() {
  const [search, setSearch] = useState("")
  const q = useDebouncedValue(search)
  const { data, isLoading, error } = useCustomerSearch(q)
  const options = useMemo<SearchOption[]>(
    () =>
      (data?.customers ?? []).map((customer) => ({
        value: customer.id,
        label: customerName(customer),
        description: customer.email ?? undefined,
      })),
    [data]
  )
  return { search, setSearch, options, isLoading, error }
}

/** Variants matching what was typed (title, SKU), as "Product · Variant" options. */
export function useVariantOptions() {
  const [search, setSearch] = useState("")
  const q = useDebouncedValue(search)
  const { data, isLoading, error } = useVariantSearch(q)
  const options = useMemo<SearchOption[]>(
    () =>
      (data?.variants ?? []).map((variant) => ({
        value: variant.id,
        label: variantLabel(variant),
        description: variant.sku ?? undefined,
      })),
    [data]
  )
  return { search, setSearch, options, isLoading, error }
}
