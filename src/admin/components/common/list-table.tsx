import { DataTable, Heading, Text } from "@medusajs/ui"
import type { ReactNode } from "react"
import { formatDate } from "./dates"

type ListToolbarProps = {
  title: string
  description: string
  /** After the filter and sort menus: search, the create button. */
  children?: ReactNode
}

/** A list page's heading row, with the table's filter and sort menus. */
export const ListToolbar = ({ title, description, children }: ListToolbarProps) => (
  <DataTable.Toolbar className="flex flex-col items-start justify-between gap-2 md:flex-row md:items-center">
    <div>
      <Heading>{title}</Heading>
      <Text size="small" className="text-ui-fg-subtle">
        {description}
      </Text>
    </div>
    <div className="flex items-center gap-x-2">
      <DataTable.FilterMenu tooltip="Filter" />
      <DataTable.SortingMenu tooltip="Sort" />
      {children}
    </div>
  </DataTable.Toolbar>
)

/** Sorting by number or creation date reads as age. */
export const SORT_BY_AGE = {
  enableSorting: true,
  sortAscLabel: "Oldest first",
  sortDescLabel: "Newest first",
} as const

/** The "Created" column of a list (`columnHelper.accessor("created_at", CREATED_COLUMN)`). */
export const CREATED_COLUMN = {
  header: "Created",
  sortLabel: "Created",
  ...SORT_BY_AGE,
  cell: ({ getValue }: { getValue: () => unknown }) => formatDate(getValue() as string),
}
