import type {
  DataTableDateComparisonOperator,
  DataTableFilteringState,
  DataTablePaginationState,
  DataTableSortingState,
} from "@medusajs/ui"
import { useMemo, useState } from "react"
import { useSearchParams } from "react-router-dom"
import type { ItemDepositListParams, ItemDepositStatus } from "../types"

export const PAGE_SIZE = 20

/**
 * The list's pagination, filters and sort live in the URL (like the
 * dashboard's own lists), so a link or the back button restores them.
 */
const isEmpty = (value: unknown) =>
  value === null || value === undefined || value === "" || (Array.isArray(value) && !value.length)

export function useDepositTableState() {
  const [searchParams, setSearchParams] = useSearchParams()
  // A filter just added from the menu has no value yet, so it cannot live in
  // the URL; the table still needs it in its state to open its value picker.
  const [pending, setPending] = useState<DataTableFilteringState>({})

  const state = useMemo(() => {
    const get = (key: string) => searchParams.get(key) || undefined
    const status = get("status")?.split(",").filter(Boolean) as ItemDepositStatus[] | undefined
    const createdAt: DataTableDateComparisonOperator = {}
    if (get("created_gte")) createdAt.$gte = get("created_gte")
    if (get("created_lte")) createdAt.$lte = get("created_lte")
    const order = get("order") ?? "-created_at"
    const offset = Math.max(0, Number(get("offset") ?? 0) || 0)

    const filtering: DataTableFilteringState = {}
    if (status?.length) filtering.status = status
    if (get("special_order")) filtering.special_order = get("special_order")
    if (get("customer_id")) filtering.customer_id = get("customer_id")
    if (get("variant_id")) filtering.variant_id = get("variant_id")
    if (createdAt.$gte || createdAt.$lte) filtering.created_at = createdAt

    const params: ItemDepositListParams & { created_at?: DataTableDateComparisonOperator } = {
      limit: PAGE_SIZE,
      offset,
      order,
      status: status?.length ? status : undefined,
      special_order: get("special_order") ? get("special_order") === "true" : undefined,
      customer_id: get("customer_id"),
      variant_id: get("variant_id"),
      created_at: createdAt.$gte || createdAt.$lte ? createdAt : undefined,
    }
    const sorting: DataTableSortingState = {
      id: order.replace(/^-/, ""),
      desc: order.startsWith("-"),
    }
    const pagination: DataTablePaginationState = {
      pageIndex: Math.floor(offset / PAGE_SIZE),
      pageSize: PAGE_SIZE,
    }
    return { filtering: { ...pending, ...filtering }, params, sorting, pagination }
  }, [searchParams, pending])

  const update = (changes: Record<string, string | undefined>, resetOffset = true) => {
    setSearchParams(
      (previous) => {
        const next = new URLSearchParams(previous)
        Object.entries(changes).forEach(([key, value]) =>
          value ? next.set(key, value) : next.delete(key)
        )
        if (resetOffset) next.delete("offset")
        return next
      },
      { replace: true }
    )
  }

  const onFilteringChange = (filtering: DataTableFilteringState) => {
    setPending(
      Object.fromEntries(Object.entries(filtering).filter(([, value]) => isEmpty(value)))
    )
    const str = (value: unknown) => (typeof value === "string" && value ? value : undefined)
    const status = Array.isArray(filtering.status) ? filtering.status.join(",") : str(filtering.status)
    const created = (filtering.created_at ?? {}) as DataTableDateComparisonOperator
    update({
      status: status || undefined,
      special_order: str(filtering.special_order),
      customer_id: str(filtering.customer_id),
      variant_id: str(filtering.variant_id),
      created_gte: created.$gte,
      created_lte: created.$lte,
    })
  }

  const onSortingChange = (sorting: DataTableSortingState) =>
    update({ order: `${sorting.desc ? "-" : ""}${sorting.id}` })

  const onPaginationChange = (pagination: DataTablePaginationState) =>
    update({ offset: String(pagination.pageIndex * pagination.pageSize) }, false)

  return { ...state, onFilteringChange, onSortingChange, onPaginationChange }
}
