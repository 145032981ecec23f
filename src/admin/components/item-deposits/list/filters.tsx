import { createDataTableFilterHelper, type DataTableFilter } from "@medusajs/ui"
import { useMemo } from "react"
import { createdSinceOptions } from "../../common/dates"
import { useCustomerById, useVariantById } from "../../../hooks/lookups"
import { STATUS_LABELS, variantLabel } from "../format"
import { customerName } from "../../common/names"
import type { ItemDeposit, ItemDepositStatus } from "../types"
import { type Lookup, LookupFilterContent } from "../shared/lookups"

const filterHelper = createDataTableFilterHelper<ItemDeposit>()

/**
 * A filter searched on the server. `options` is not part of a custom
 * filter's type, but the filter chip reads it to show a label for the chosen
 * value (the only option: the chosen one).
 */
function lookupFilter(
  id: "customer_id" | "variant_id",
  label: string,
  lookup: Lookup,
  searchPlaceholder: string,
  options: { value: string; label: string }[]
) {
  return {
    ...filterHelper.custom({
      id,
      type: "custom",
      label,
      render: ({ value, onChange }) => (
        <LookupFilterContent
          lookup={lookup}
          searchPlaceholder={searchPlaceholder}
          value={value}
          onChange={onChange}
        />
      ),
    }),
    options,
  }
}

/**
 * The list's filters. Customer and variant are searched on the server; the
 * chosen one's name is looked up so the filter chip shows it, not its id.
 */
export function useDepositFilters(customerId?: string, variantId?: string) {
  const { data: customer } = useCustomerById(customerId)
  const { data: variants } = useVariantById(variantId)

  return useMemo(() => {
    const customerOptions = customerId
      ? [{ value: customerId, label: customer ? customerName(customer.customer) : customerId }]
      : []
    const variant = variants?.variants[0]
    const variantOptions = variantId
      ? [{ value: variantId, label: variant ? variantLabel(variant) : variantId }]
      : []

    return [
      filterHelper.accessor("status", {
        type: "multiselect",
        label: "Status",
        options: (Object.keys(STATUS_LABELS) as ItemDepositStatus[]).map((status) => ({
          value: status,
          label: STATUS_LABELS[status],
        })),
      }),
      filterHelper.accessor("special_order", {
        type: "radio",
        label: "Special order",
        options: [
          { value: "true", label: "Special orders (to order)" },
          { value: "false", label: "Not special orders" },
        ],
      }),
      lookupFilter("customer_id", "Customer", "customer", "Search customers", customerOptions),
      lookupFilter("variant_id", "Variant", "variant", "Search products and variants", variantOptions),
      filterHelper.accessor("created_at", {
        type: "date",
        label: "Created",
        format: "date",
        options: createdSinceOptions(),
      }),
    ] as DataTableFilter[]
  }, [customerId, variantId, customer, variants])
}
