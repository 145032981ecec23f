import type {
  DataTableFilteringState,
  DataTablePaginationState,
  DataTableSortingState,
} from "@medusajs/ui"
import { useCallback, useMemo, useState } from "react"
import { useSearchParams } from "react-router-dom"
import type { PurchaseListParams } from "../types"

export const PURCHASE_PAGE_SIZE = 20

/**
 * The list's search, filters, sort and page, kept in the URL like the rest of
 * the admin (so going back from a purchase restores the same view).
 */
export function usePurchaseListState() {
  const [searchParams, setSearchParams] = useSearchParams()

  const update = useCallback(
    (changes: Record<string, string | undefined>, resetPage = true) => {
      setSearchParams(
        (previous) => {
          const next = new URLSearchParams(previous)
          Object.entries(changes).forEach(([key, value]) =>
            value ? next.set(key, value) : next.delete(key),
          )
          if (resetPage) {
            next.delete("offset")
          }
          return next
        },
        { replace: true },
      )
    },
    [setSearchParams],
  )

  const q = searchParams.get("q") ?? ""
  const offset = Number(searchParams.get("offset") ?? 0) || 0
  const order = searchParams.get("order") ?? "-created_at"
  const status = searchParams.get("status")?.split(",").filter(Boolean) ?? []
  const itemStatus = searchParams.get("item_status") ?? ""
  const createdAt = parseJson(searchParams.get("created_at"))

  const params: PurchaseListParams = useMemo(
    () => ({
      limit: PURCHASE_PAGE_SIZE,
      offset,
      order,
      ...(q && { q }),
      ...(status.length && { status }),
      ...(itemStatus && { item_status: itemStatus }),
      ...(createdAt && { created_at: createdAt }),
    }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [q, offset, order, status.join(","), itemStatus, JSON.stringify(createdAt)],
  )

  const pagination: DataTablePaginationState = {
    pageIndex: Math.floor(offset / PURCHASE_PAGE_SIZE),
    pageSize: PURCHASE_PAGE_SIZE,
  }
  const sorting: DataTableSortingState = {
    id: order.replace(/^-/, ""),
    desc: order.startsWith("-"),
  }
  // The table adds a filter with an empty value first (its picker opens),
  // so the raw state keeps empty filters; only non-empty ones reach the URL.
  const [filtering, setFiltering] = useState<DataTableFilteringState>(() => ({
    ...(status.length && { status }),
    ...(itemStatus && { item_status: itemStatus }),
    ...(createdAt && { created_at: createdAt }),
  }))

  return {
    params,
    search: q,
    pagination,
    sorting,
    filtering,
    onSearchChange: (value: string) => update({ q: value || undefined }),
    onPaginationChange: (state: DataTablePaginationState) =>
      update({ offset: String(state.pageIndex * state.pageSize) }, false),
    onSortingChange: (state: DataTableSortingState) =>
      update({ order: `${state.desc ? "-" : ""}${state.id}` }),
    onFilteringChange: (state: DataTableFilteringState) => {
      setFiltering(state)
      const nextStatus = state.status as string[] | undefined
      const nextItemStatus = state.item_status as string | undefined
      const nextCreatedAt = state.created_at as Record<string, string> | undefined
      update({
        status: nextStatus?.length ? nextStatus.join(",") : undefined,
        item_status: nextItemStatus || undefined,
        created_at:
          nextCreatedAt && Object.keys(nextCreatedAt).length
            ? JSON.stringify(nextCreatedAt)
            : undefined,
      })
    },
  }
}

function parseJson(value: string | null): PurchaseListParams["created_at"] | undefined {
  if (!value) {
    return undefined
  }
  try {
    const parsed = JSON.parse(value)
    return parsed && typeof parsed === "object" ? parsed : undefined
  } catch {
    return undefined
  }
}
