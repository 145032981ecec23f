import { Input, Text, clx } from "@medusajs/ui"
import { useState } from "react"
import { ErrorState } from "../../common/error-state"
import { useDebouncedValue } from "../../common/use-debounced-value"
import { type CustomerSummary, useCustomerSearch } from "../../../hooks/purchase-lookups"

export function customerDisplayName(customer: CustomerSummary): string {
  return (
    [customer.first_name, customer.last_name].filter(Boolean).join(" ") ||
    customer.email ||
    customer.id
  )
}

type CustomerSearchProps = { onSelect: (customer: CustomerSummary) => void }

/** Finds a customer by name, email or phone (core GET /admin/customers?q=). */
export const CustomerSearch = ({ onSelect }: CustomerSearchProps) => {
  const [term, setTerm] = useState("")
  const q = useDebouncedValue(term.trim(), 300)
  const { data, isLoading, isError, error, isFetching } = useCustomerSearch(q)
  const customers = data?.customers ?? []

  return (
    <div className="flex flex-col gap-y-2">
      <Input
        type="search"
        size="small"
        placeholder="Search by name, email or phone"
        aria-label="Search customers"
        value={term}
        onChange={(e) => setTerm(e.target.value)}
      />
      {isError ? (
        <ErrorState error={error} title="Could not search customers" />
      ) : (
        <div
          role="listbox"
          aria-label="Customers"
          aria-busy={isFetching}
          className="shadow-borders-base flex max-h-64 flex-col overflow-y-auto rounded-lg"
        >
          {isLoading && (
            <Text size="small" className="text-ui-fg-subtle px-3 py-2">
              Searching…
            </Text>
          )}
          {!isLoading && customers.length === 0 && (
            <Text size="small" className="text-ui-fg-subtle px-3 py-2">
              No customers found. Create a new one instead.
            </Text>
          )}
          {customers.map((customer) => (
            <button
              type="button"
              role="option"
              aria-selected={false}
              key={customer.id}
              onClick={() => onSelect(customer)}
              className={clx(
                "hover:bg-ui-bg-base-hover flex flex-col items-start px-3 py-2 text-left",
                "border-ui-border-base border-b last:border-b-0",
              )}
            >
              <Text size="small" weight="plus">
                {customerDisplayName(customer)}
              </Text>
              <Text size="xsmall" className="text-ui-fg-subtle">
                {[customer.email, customer.phone].filter(Boolean).join(" · ") || "No contact"}
              </Text>
            </button>
          ))}
        </div>
      )}
    </div>
  )
}
