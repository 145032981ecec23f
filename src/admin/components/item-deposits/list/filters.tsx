import { createDataTableFilterHelper, type DataTableFilter } from "@medusajs/ui"
import { useMemo } from "react"
import { useCustomerById, useVariantById } from "../../../hooks/item-deposits"
import { customerName, STATUS_LABELS, variantLabel } from "../format"
import type { ItemDeposit, ItemDepositStatus } from "../types"
import { CustomerFilterContent, VariantFilterContent } from "./lookup-filter-content"

const filterHelper = createDataTableFilterHelper<ItemDeposit>()

const daysAgo = (days: number) => {
  const date = new Date()
  date.setHours(0, 0, 0, 0)
  date.setDate(date.getDate() - days)
  return date.toISOString()
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
      // `options` is not part of a custom filter's type, but the filter chip
      // reads it to show a label for the chosen value.
      {
        ...filterHelper.custom({
          id: "customer_id",
          type: "custom",
          label: "Customer",
          render: ({ value, onChange }) => (
            <CustomerFilterContent value={value} onChange={onChange} />
          ),
        }),
        options: customerOptions,
      },
      {
        ...filterHelper.custom({
          id: "variant_id",
          type: "custom",
          label: "Variant",
          render: ({ value, onChange }) => (
            <VariantFilterContent value={value} onChange={onChange} />
          ),
        }),
        options: variantOptions,
      },
      filterHelper.accessor("created_at", {
        type: "date",
        label: "Created",
        format: "date",
        options: [
          { label: "Today", value: { $gte: daysAgo(0) } },
          { label: "Last 7 days", value: { $gte: daysAgo(7) } },
          { label: "Last 30 days", value: { $gte: daysAgo(30) } },
          { label: "Last 90 days", value: { $gte: daysAgo(90) } },
        ],
      }),
    ] as DataTableFilter[]
  }, [customerId, variantId, customer, variants])
}
