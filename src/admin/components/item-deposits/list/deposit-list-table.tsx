import { Button, Container, DataTable, Heading, Text, useDataTable } from "@medusajs/ui"
import { Link, useNavigate } from "react-router-dom"
import { useItemDeposits } from "../../../hooks/item-deposits"
import { ErrorState } from "../../common/error-state"
import { useDepositColumns } from "./columns"
import { useDepositFilters } from "./filters"
import { useDepositTableState } from "./use-deposit-table-state"

/** Every deposit, newest first, filterable and paginated on the server. */
export const DepositListTable = () => {
  const navigate = useNavigate()
  const state = useDepositTableState()
  const { data, isLoading, isError, error, refetch } = useItemDeposits(state.params)
  const columns = useDepositColumns()
  const filters = useDepositFilters(state.params.customer_id, state.params.variant_id)

  const table = useDataTable({
    data: data?.item_deposits ?? [],
    columns,
    filters,
    getRowId: (row) => row.id,
    rowCount: data?.count ?? 0,
    isLoading,
    onRowClick: (_event, row) => navigate(`/item-deposits/${row.id}`),
    pagination: { state: state.pagination, onPaginationChange: state.onPaginationChange },
    filtering: { state: state.filtering, onFilteringChange: state.onFilteringChange },
    sorting: { state: state.sorting, onSortingChange: state.onSortingChange },
  })

  return (
    <Container className="divide-y p-0">
      <DataTable instance={table}>
        <DataTable.Toolbar className="flex flex-col items-start justify-between gap-2 px-6 py-4 md:flex-row md:items-center">
          <div>
            <Heading>Item Deposits</Heading>
            <Text size="small" className="text-ui-fg-subtle">
              Money customers paid towards a specific product variant, and special orders.
            </Text>
          </div>
          <div className="flex items-center gap-x-2">
            <DataTable.FilterMenu tooltip="Filter" />
            <DataTable.SortingMenu tooltip="Sort" />
            <Button size="small" variant="secondary" asChild>
              <Link to="/item-deposits/create">Create deposit</Link>
            </Button>
          </div>
        </DataTable.Toolbar>
        {isError ? (
          <ErrorState error={error} title="Could not load deposits" onRetry={() => refetch()} />
        ) : (
          <>
            <DataTable.Table
              emptyState={{
                empty: {
                  heading: "No deposits yet",
                  description: "Record a deposit a customer paid towards an item.",
                },
                filtered: {
                  heading: "No deposits match these filters",
                  description: "Change or clear the filters to see more.",
                },
              }}
            />
            <DataTable.Pagination />
          </>
        )}
      </DataTable>
    </Container>
  )
}
