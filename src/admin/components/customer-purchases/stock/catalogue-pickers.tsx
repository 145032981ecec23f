import type { SearchOption } from "../../common/search-list"
import { SearchPicker } from "../../common/search-picker"
import {
  type ProductSummary,
  type VariantSummary,
  useProductSearch,
  useVariantSearch,
} from "../../../hooks/lookups"

const describeVariant = (variant: VariantSummary): SearchOption => ({
  value: variant.id,
  label: [variant.product?.title, variant.title].filter(Boolean).join(" · ") || variant.id,
  description: variant.sku ? `SKU ${variant.sku}` : undefined,
})

const describeProduct = (product: ProductSummary): SearchOption => ({
  value: product.id,
  label: product.title,
  description: product.status,
})

function useVariantResults(q: string) {
  const { data, isLoading, error } = useVariantSearch(q)
  return { results: data?.variants ?? [], isLoading, error }
}

function useProductResults(q: string) {
  const { data, isLoading, error } = useProductSearch(q)
  return { results: data?.products ?? [], isLoading, error }
}

type PickerProps<T> = { value: T | null; onChange: (value: T | null) => void }

/** A SearchPicker over one kind of catalogue record. */
function catalogueSearch<T>(
  label: string,
  placeholder: string,
  describe: (value: T) => SearchOption,
  useResults: (q: string) => { results: T[]; isLoading: boolean; error: unknown },
) {
  return ({ value, onChange }: PickerProps<T>) => (
    <SearchPicker
      label={label}
      placeholder={placeholder}
      selected={value}
      onSelect={onChange}
      describe={describe}
      useResults={useResults}
    />
  )
}

/** Finds an existing variant (GET /admin/product-variants?q=). */
export const VariantPicker = catalogueSearch(
  "Search variants",
  "Search by title or SKU",
  describeVariant,
  useVariantResults,
)

/** Finds a product to add a variant to (GET /admin/products?q=). */
export const ProductPicker = catalogueSearch(
  "Search products",
  "Search by title",
  describeProduct,
  useProductResults,
)
