import { SearchSelect } from "../shared/search-select"
import { FormField } from "../shared/form-field"
import { useCustomerOptions, useVariantOptions } from "../shared/use-lookup-options"
import type { DepositFormErrors, DepositFormValues } from "./validate"

type Props = {
  values: DepositFormValues
  errors: DepositFormErrors
  update: (changes: Partial<DepositFormValues>) => void
}

/** Who paid, and for which product variant. */
export const DepositItemFields = ({ values, errors, update }: Props) => {
  const customers = useCustomerOptions()
  const variants = useVariantOptions()
  return (
    <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
      <FormField id="customer_id" label="Customer" error={errors.customer_id}>
        <SearchSelect
          id="customer_id"
          placeholder="Search by name or email"
          searchPlaceholder="Search customers"
          selectedLabel={values.customer_label}
          value={values.customer_id}
          invalid={!!errors.customer_id}
          search={customers.search}
          onSearchChange={customers.setSearch}
          options={customers.options}
          isLoading={customers.isLoading}
          error={customers.error}
          emptyMessage="No customers found"
          onChange={(option) =>
            update({ customer_id: option?.value ?? "", customer_label: option?.label ?? "" })
          }
        />
      </FormField>
      <FormField id="variant_id" label="Product variant" error={errors.variant_id}>
        <SearchSelect
          id="variant_id"
          placeholder="Search by product, variant or SKU"
          searchPlaceholder="Search variants"
          selectedLabel={values.variant_label}
          value={values.variant_id}
          invalid={!!errors.variant_id}
          search={variants.search}
          onSearchChange={variants.setSearch}
          options={variants.options}
          isLoading={variants.isLoading}
          error={variants.error}
          emptyMessage="No variants found"
          onChange={(option) =>
            update({ variant_id: option?.value ?? "", variant_label: option?.label ?? "" })
          }
        />
      </FormField>
    </div>
  )
}
