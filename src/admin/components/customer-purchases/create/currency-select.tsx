import { Select, Skeleton } from "@medusajs/ui"
import { useEffect } from "react"
import { errorMessage } from "../../common/error-message"
import { useStoreCurrencies } from "../../../hooks/lookups"

type CurrencySelectProps = {
  value: string
  onChange: (value: string) => void
  id?: string
}

/** The store's currencies (GET /admin/stores); picks the default one. */
export const CurrencySelect = ({ value, onChange, id }: CurrencySelectProps) => {
  const { data: currencies, isLoading, isError, error } = useStoreCurrencies()

  useEffect(() => {
    if (!value && currencies?.length) {
      onChange((currencies.find((c) => c.is_default) ?? currencies[0]).currency_code)
    }
  }, [value, currencies, onChange])

  if (isLoading) {
    return <Skeleton className="h-8 w-full" />
  }
  if (isError) {
    return <span className="txt-small text-ui-fg-error">{errorMessage(error)}</span>
  }
  return (
    <Select size="small" value={value || undefined} onValueChange={onChange}>
      <Select.Trigger id={id} aria-label="Currency">
        <Select.Value placeholder="Choose a currency" />
      </Select.Trigger>
      <Select.Content>
        {(currencies ?? []).map((currency) => (
          <Select.Item key={currency.currency_code} value={currency.currency_code}>
            {currency.currency_code.toUpperCase()}
            {currency.is_default ? " (default)" : ""}
          </Select.Item>
        ))}
      </Select.Content>
    </Select>
  )
}
