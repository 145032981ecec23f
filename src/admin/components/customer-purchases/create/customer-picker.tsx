import { Tabs, Text } from "@medusajs/ui"
import type { SearchOption } from "../../common/search-list"
import { SearchPicker } from "../../common/search-picker"
import { customerName } from "../../common/names"
import { type CustomerSummary, useCustomerSearch } from "../../../hooks/lookups"
import {
  type NewCustomerDraft,
  type NewCustomerErrors,
  NewCustomerFields,
} from "./new-customer-fields"

export type CustomerChoice = {
  mode: "existing" | "new"
  existing: CustomerSummary | null
  draft: NewCustomerDraft
}

type CustomerPickerProps = {
  value: CustomerChoice
  onChange: (value: CustomerChoice) => void
  existingError?: string
  newErrors: NewCustomerErrors
}

const describeCustomer = (customer: CustomerSummary): SearchOption => ({
  value: customer.id,
  label: customerName(customer),
  description: [customer.email, customer.phone].filter(Boolean).join(" · ") || "No contact details",
})

/** Customers by name, email or phone (core GET /admin/customers?q=). */
function useCustomerResults(q: string) {
  const { data, isLoading, error } = useCustomerSearch(q)
  return { results: data?.customers ?? [], isLoading, error }
}

/** The seller as a Medusa customer: found, or created with the purchase. */
export const CustomerPicker = ({
  value,
  onChange,
  existingError,
  newErrors,
}: CustomerPickerProps) => (
  <Tabs
    value={value.mode}
    onValueChange={(mode) => onChange({ ...value, mode: mode as CustomerChoice["mode"] })}
  >
    <Tabs.List>
      <Tabs.Trigger value="existing">Existing customer</Tabs.Trigger>
      <Tabs.Trigger value="new">New customer</Tabs.Trigger>
    </Tabs.List>
    <Tabs.Content value="existing" className="pt-4">
      <SearchPicker
        label="Search customers"
        listLabel="Customers"
        placeholder="Search by name, email or phone"
        emptyMessage="No customers found. Create a new one instead."
        selected={value.existing}
        onSelect={(existing) => onChange({ ...value, existing })}
        describe={describeCustomer}
        useResults={useCustomerResults}
      />
      {existingError && (
        <Text size="small" className="text-ui-fg-error mt-2" role="alert">
          {existingError}
        </Text>
      )}
    </Tabs.Content>
    <Tabs.Content value="new" className="pt-4">
      <NewCustomerFields
        value={value.draft}
        errors={newErrors}
        onChange={(draft) => onChange({ ...value, draft })}
      />
    </Tabs.Content>
  </Tabs>
)
