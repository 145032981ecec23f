import { Button, Tabs, Text } from "@medusajs/ui"
import type { CustomerSummary } from "../../../hooks/purchase-lookups"
import { CustomerSearch, customerDisplayName } from "./customer-search"
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
      {value.existing ? (
        <div className="shadow-borders-base flex items-center justify-between rounded-lg px-4 py-3">
          <div className="flex flex-col">
            <Text size="small" weight="plus">
              {customerDisplayName(value.existing)}
            </Text>
            <Text size="xsmall" className="text-ui-fg-subtle">
              {[value.existing.email, value.existing.phone].filter(Boolean).join(" · ") ||
                "No contact details"}
            </Text>
          </div>
          <Button
            size="small"
            variant="secondary"
            type="button"
            onClick={() => onChange({ ...value, existing: null })}
          >
            Change
          </Button>
        </div>
      ) : (
        <CustomerSearch onSelect={(customer) => onChange({ ...value, existing: customer })} />
      )}
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
