import { SearchPicker } from "../../common/search-picker"
import {
  type ProductSummary,
  type VariantSummary,
  useProductSearch,
  useVariantSearch,
} from "../../../hooks/purchase-lookups"

const describeVariant = (variant: VariantSummary) => ({
  id: variant.id,
  title: [variant.product?.title, variant.title].filter(Boolean).join(" · ") || variant.id,
  subtitle: variant.sku ? `SKU ${variant.sku}` : undefined,
})

const describeProduct = (product: ProductSummary) => ({
  id: product.id,
  title: product.title,
  subtitle: product.status,
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

/** Finds an existing variant (GET /admin/product-variants?q=). */
export const VariantPicker = ({ value, onChange }: PickerProps<VariantSummary>) => (
  <SearchPicker
    label="Search variants"
    placeholder="Search by title or SKU"
    selected={value}
    onSelect={onChange}
    describe={describeVariant}
    useResults={useVariantResults}
  />
)

/** Finds a product to add a variant to (GET /admin/products?q=). */
export const ProductPicker = ({ value, onChange }: PickerProps<ProductSummary>) => (
  <SearchPicker
    label="Search products"
    placeholder="Search by title"
    selected={value}
    onSelect={onChange}
    describe={describeProduct}
    useResults={useProductResults}
  />
)
