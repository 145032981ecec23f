import { Badge, Button, Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { sdk } from "../../../lib/sdk"
import { retryUnlessClientError } from "../../common/error-message"
import { ProductPicker } from "../../customer-purchases/stock/catalogue-pickers"

type Props = { value: string[]; onChange: (ids: string[]) => void }

/**
 * The products whose variants accept online deposits: the chosen ones by
 * title (each removable), and a product search to add another.
 */
export const OnlineProductsField = ({ value, onChange }: Props) => {
  const { data } = useQuery({
    queryKey: ["admin_lookups", "products_by_id", [...value].sort()],
    queryFn: () =>
      sdk.client.fetch<{ products: { id: string; title: string }[] }>("/admin/products", {
        query: { id: value, limit: value.length, fields: "id,title" },
      }),
    enabled: value.length > 0,
    retry: retryUnlessClientError,
  })
  const title = (id: string) => data?.products.find((p) => p.id === id)?.title ?? id
  return (
    <div className="flex flex-col gap-y-2" data-testid="online-products">
      {value.length ? (
        <ul className="flex flex-wrap gap-2" aria-label="Products that accept deposits">
          {value.map((id) => (
            <li key={id}>
              <Badge size="small" className="flex items-center gap-x-1">
                {title(id)}
                <Button
                  size="small"
                  variant="transparent"
                  type="button"
                  aria-label={`Remove ${title(id)}`}
                  onClick={() => onChange(value.filter((v) => v !== id))}
                >
                  ×
                </Button>
              </Badge>
            </li>
          ))}
        </ul>
      ) : (
        <Text size="small" className="text-ui-fg-subtle">No product accepts deposits yet.</Text>
      )}
      <ProductPicker
        value={null}
        onChange={(product) => {
          if (product && !value.includes(product.id)) onChange([...value, product.id])
        }}
      />
    </div>
  )
}
