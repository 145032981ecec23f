import { FormField } from "../../common/form-field"
import { LookupSelect, type Lookup } from "../shared/lookups"
import type { DepositFormErrors, DepositFormValues } from "./validate"

type Props = {
  values: DepositFormValues
  errors: DepositFormErrors
  update: (changes: Partial<DepositFormValues>) => void
}

const FIELDS: {
  lookup: Lookup
  id: "customer_id" | "variant_id"
  labelKey: "customer_label" | "variant_label"
  label: string
  placeholder: string
  searchPlaceholder: string
}[] = [
  {
    lookup: "customer",
    id: "customer_id",
    labelKey: "customer_label",
    label: "Customer",
    placeholder: "Search by name or email",
    searchPlaceholder: "Search customers",
  },
  {
    lookup: "variant",
    id: "variant_id",
    labelKey: "variant_label",
    label: "Product variant",
    placeholder: "Search by product, variant or SKU",
    searchPlaceholder: "Search variants",
  },
]

/** Who paid, and for which product variant. */
export const DepositItemFields = ({ values, errors, update }: Props) => (
  <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
    {FIELDS.map(({ lookup, id, labelKey, label, placeholder, searchPlaceholder }) => (
      <FormField key={id} htmlFor={id} label={label} error={errors[id]}>
        <LookupSelect
          lookup={lookup}
          id={id}
          placeholder={placeholder}
          searchPlaceholder={searchPlaceholder}
          selectedLabel={values[labelKey]}
          value={values[id]}
          invalid={!!errors[id]}
          onChange={(option) => update({ [id]: option?.value ?? "", [labelKey]: option?.label ?? "" })}
        />
      </FormField>
    ))}
  </div>
)
