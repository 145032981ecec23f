import { CurrencyInput, Input, Select, Text } from "@medusajs/ui"
import { currencyDigits, currencySymbol, formatAmount } from "../../common/money"
import { FormField } from "../../common/form-field"
import type { DepositFormErrors, DepositFormValues } from "./validate"

type Props = {
  values: DepositFormValues
  errors: DepositFormErrors
  update: (changes: Partial<DepositFormValues>) => void
  currencies: { currency_code: string; is_default?: boolean }[]
  currenciesLoading: boolean
}

/** Currency, amount per unit and units, with the total shown as it will be charged. */
export const DepositAmountFields = ({ values, errors, update, currencies, currenciesLoading }: Props) => {
  const code = values.currency_code || "eur"
  const symbol = currencySymbol(code)
  const decimals = currencyDigits(code)
  const unitsValid = /^\d+$/.test(values.units) && Number(values.units) >= 1
  const amountValid = /^\d*\.?\d+$/.test(values.amount_per_unit) && /[1-9]/.test(values.amount_per_unit)
  // A negative amount is wrong whatever else is: say so while typing.
  const amountError =
    errors.amount_per_unit ??
    (values.amount_per_unit.trim().startsWith("-")
      ? "The amount cannot be negative: enter what the customer paid per unit."
      : undefined)
  // Display only: the server computes the stored total with BigNumber.
  const total = unitsValid && amountValid ? Number(values.amount_per_unit) * Number(values.units) : null

  return (
    <div className="flex flex-col gap-y-2">
      <div className="grid grid-cols-1 gap-4 md:grid-cols-3">
        <FormField htmlFor="currency_code" label="Currency" error={errors.currency_code}>
          <Select
            value={values.currency_code}
            onValueChange={(value) => update({ currency_code: value })}
            disabled={currenciesLoading}
          >
            <Select.Trigger id="currency_code" aria-invalid={!!errors.currency_code || undefined}>
              <Select.Value placeholder={currenciesLoading ? "Loading…" : "Select a currency"} />
            </Select.Trigger>
            <Select.Content>
              {currencies.map((currency) => (
                <Select.Item key={currency.currency_code} value={currency.currency_code}>
                  {currency.currency_code.toUpperCase()}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        </FormField>
        <FormField htmlFor="amount_per_unit" label="Amount per unit" error={amountError}>
          <CurrencyInput
            id="amount_per_unit"
            symbol={symbol}
            code={code.toUpperCase()}
            decimalsLimit={decimals}
            // A typed "-" stays visible so the field can say it is wrong
            // (dropping it turned -5 into 5 silently).
            allowNegativeValue
            value={values.amount_per_unit}
            aria-invalid={!!amountError || undefined}
            onValueChange={(value) => update({ amount_per_unit: value ?? "" })}
          />
        </FormField>
        <FormField htmlFor="units" label="Units" error={errors.units}>
          <Input
            id="units"
            type="number"
            min={1}
            step={1}
            value={values.units}
            aria-invalid={!!errors.units || undefined}
            onChange={(event) => update({ units: event.target.value })}
          />
        </FormField>
      </div>
      <Text size="small" className="text-ui-fg-subtle" aria-live="polite">
        Total paid now:{" "}
        <span className="text-ui-fg-base font-medium">
          {total === null ? "-" : formatAmount(total, code)}
        </span>
      </Text>
    </div>
  )
}
