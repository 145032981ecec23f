import { useMemo, type ComponentProps } from "react"
import { useCustomerSearch, useVariantSearch } from "../../../hooks/lookups"
import { customerName } from "../../common/names"
import { SearchList, type SearchOption } from "../../common/search-list"
import { SearchSelect } from "../../common/search-select"
import { useDebouncedSearch } from "../../common/use-debounced-value"
import { variantLabel } from "../format"

/** What a deposit screen searches the server for. */
export type Lookup = "customer" | "variant"

type LookupResults = { options: SearchOption[]; isLoading: boolean; error: unknown }

/** Customers as options: name, email underneath. */
function useCustomerResults(q: string): LookupResults {
  const { data, isLoading, error } = useCustomerSearch(q)
  const options = useMemo(
    () =>
      (data?.customers ?? []).map((customer) => ({
        value: customer.id,
        label: customerName(customer),
        description: customer.email ?? undefined,
      })),
    [data]
  )
  return { options, isLoading, error }
}

/** Variants as "Product · Variant" options, SKU underneath. */
function useVariantResults(q: string): LookupResults {
  const { data, isLoading, error } = useVariantSearch(q)
  const options = useMemo(
    () =>
      (data?.variants ?? []).map((variant) => ({
        value: variant.id,
        label: variantLabel(variant),
        description: variant.sku ?? undefined,
      })),
    [data]
  )
  return { options, isLoading, error }
}

const LOOKUPS: Record<Lookup, { useResults: (q: string) => LookupResults; emptyMessage: string }> = {
  customer: { useResults: useCustomerResults, emptyMessage: "No customers found" },
  variant: { useResults: useVariantResults, emptyMessage: "No variants found" },
}

/**
 * The search state and results of one lookup (a component's `lookup` must
 * not change: it picks the hooks that run).
 */
function useLookup(lookup: Lookup) {
  const { search, setSearch, options, isLoading, error } = useDebouncedSearch(LOOKUPS[lookup].useResults)
  return {
    search,
    onSearchChange: setSearch,
    options,
    isLoading,
    error,
    emptyMessage: LOOKUPS[lookup].emptyMessage,
  }
}

type LookupSelectProps = Omit<
  ComponentProps<typeof SearchSelect>,
  keyof ReturnType<typeof useLookup>
> & { lookup: Lookup }

/** A select of customers or variants, searched on the server (create form). */
export const LookupSelect = ({ lookup, ...props }: LookupSelectProps) => (
  <SearchSelect {...props} {...useLookup(lookup)} />
)

type LookupFilterContentProps = {
  lookup: Lookup
  searchPlaceholder: string
  value?: string
  onChange: (value: string | undefined) => void
}

/** A list filter's popover: search customers or variants, pick one. */
export const LookupFilterContent = ({ lookup, searchPlaceholder, value, onChange }: LookupFilterContentProps) => (
  <SearchList
    {...useLookup(lookup)}
    autoFocus
    searchPlaceholder={searchPlaceholder}
    value={value}
    onSelect={(option) => onChange(option.value)}
  />
)
