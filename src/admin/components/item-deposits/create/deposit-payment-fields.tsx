import { Input, Textarea } from "@medusajs/ui"
import { FormField } from "../../common/form-field"
import { MethodSelect } from "../shared/method-select"
import type { DepositFormErrors, DepositFormValues } from "./validate"

type Props = {
  values: DepositFormValues
  errors: DepositFormErrors
  update: (changes: Partial<DepositFormValues>) => void
}

/** How the customer paid the deposit, its reference and internal notes. */
export const DepositPaymentFields = ({ values, errors, update }: Props) => (
  <div className="flex flex-col gap-y-4">
    <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
      <FormField htmlFor="payment_method" label="Payment method" error={errors.payment_method}>
        <MethodSelect
          id="payment_method"
          method={values.payment_method}
          other={values.payment_method_other}
          invalid={!!errors.payment_method}
          onChange={({ method, other }) =>
            update({
              ...(method !== undefined ? { payment_method: method } : {}),
              ...(other !== undefined ? { payment_method_other: other } : {}),
            })
          }
        />
      </FormField>
      <FormField
        htmlFor="payment_reference"
        label="Payment reference"
        optional
        hint="E.g. the card terminal's receipt number."
      >
        <Input
          id="payment_reference"
          value={values.payment_reference}
          onChange={(event) => update({ payment_reference: event.target.value })}
        />
      </FormField>
    </div>
    <FormField htmlFor="notes" label="Internal notes" optional>
      <Textarea
        id="notes"
        value={values.notes}
        onChange={(event) => update({ notes: event.target.value })}
      />
    </FormField>
  </div>
)
