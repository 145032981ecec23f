import { Button, Container, DataTable, useDataTable } from "@medusajs/ui"
import { Link, useNavigate } from "react-router-dom"
import { useItemDeposits } from "../../../hooks/item-deposits"
import { ErrorState } from "../../common/error-state"
import { ListToolbar } from "../../common/list-table"
import { useMediaQuery } from "../../common/use-media-query"
import { useDepositColumns } from "./columns"
import { useDepositFilters } from "./filters"
import { useDepositTableState } from "./use-deposit-table-state"

/** Every deposit, newest first, filterable and paginated on the server. */
export const DepositListTable = () => {
  const navigate = useNavigate()
  const state = useDepositTableState()
  const { data, isLoading, isError, error, refetch } = useItemDeposits(state.params)
  const filters = useDepositFilters(state.params.customer_id, state.params.variant_id)
  // Below 1280 px (the sidebar open) eight columns do not fit: the creation
  // date goes (the number already reads as age), names are cut shorter and the
  // special-order badge drops its date, so Status stays in view.
  const narrow = useMediaQuery("(max-width: 1279px)")
  const columns = useDepositColumns(narrow)

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
    columnVisibility: { state: { created_at: !narrow }, onColumnVisibilityChange: () => {} },
  })

  return (
    <Container className="divide-y p-0">
      <DataTable instance={table}>
        <ListToolbar
          title="Item Deposits"
          description="Money customers paid towards a specific product variant, and special orders."
        >
          <Button size="small" variant="secondary" asChild>
            <Link to="/item-deposits/create">Create deposit</Link>
          </Button>
        </ListToolbar>
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
