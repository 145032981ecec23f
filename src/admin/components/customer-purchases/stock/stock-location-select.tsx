import { Select, Skeleton, Text } from "@medusajs/ui"
import { useEffect } from "react"
import { errorMessage } from "../../common/error-message"
import { useStockLocations } from "../../../hooks/lookups"

type StockLocationSelectProps = {
  id?: string
  value: string
  onChange: (value: string) => void
  /** Offer "No default" (settings) instead of requiring a location. */
  allowNone?: boolean
}

const NONE = "__none__"

/** The store's stock locations (GET /admin/stock-locations). */
export const StockLocationSelect = ({
  id,
  value,
  onChange,
  allowNone,
}: StockLocationSelectProps) => {
  const { data, isLoading, isError, error } = useStockLocations()
  const only = data?.stock_locations.length === 1 ? data.stock_locations[0].id : null
  // With a single location there is nothing to choose: take it.
  useEffect(() => {
    if (!allowNone && !value && only) onChange(only)
  }, [allowNone, value, only, onChange])
  if (isLoading) return <Skeleton className="h-8 w-full" />
  if (isError) {
    return (
      <Text size="small" className="text-ui-fg-error">
        {errorMessage(error)}
      </Text>
    )
  }
  const locations = data?.stock_locations ?? []
  if (!locations.length) {
    return (
      <Text size="small" className="text-ui-fg-subtle">
        No stock location exists yet. Create one in Settings &gt; Locations &amp; Shipping.
      </Text>
    )
  }
  return (
    <Select
      size="small"
      value={value || (allowNone ? NONE : undefined)}
      onValueChange={(next) => onChange(next === NONE ? "" : next)}
    >
      <Select.Trigger id={id} aria-label="Stock location">
        <Select.Value placeholder="Choose a location" />
      </Select.Trigger>
      <Select.Content>
        {allowNone && <Select.Item value={NONE}>No default</Select.Item>}
        {locations.map((location) => (
          <Select.Item key={location.id} value={location.id}>
            {location.name}
          </Select.Item>
        ))}
      </Select.Content>
    </Select>
  )
}
