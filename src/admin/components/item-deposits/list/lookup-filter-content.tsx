import { SearchList } from "../shared/search-list"
import { useCustomerOptions, useVariantOptions } from "../shared/use-lookup-options"

type Props = { value?: string; onChange: (value: string | undefined) => void }

/** The customer filter's popover: search customers, pick one. */
export const CustomerFilterContent = ({ value, onChange }: Props) => {
  const { search, setSearch, options, isLoading, error } = useCustomerOptions()
  return (
    <SearchList
      autoFocus
      search={search}
      onSearchChange={setSearch}
      searchPlaceholder="Search customers"
      options={options}
      value={value}
      isLoading={isLoading}
      error={error}
      emptyMessage="No customers found"
      onSelect={(option) => onChange(option.value)}
    />
  )
}

/** The variant filter's popover: search variants by title or SKU, pick one. */
export const VariantFilterContent = ({ value, onChange }: Props) => {
  const { search, setSearch, options, isLoading, error } = useVariantOptions()
  return (
    <SearchList
      autoFocus
      search={search}
      onSearchChange={setSearch}
      searchPlaceholder="Search products and variants"
      options={options}
      value={value}
      isLoading={isLoading}
      error={error}
      emptyMessage="No variants found"
      onSelect={(option) => onChange(option.value)}
    />
  )
}
