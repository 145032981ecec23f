import { Button, Container, DataTable, useDataTable } from "@medusajs/ui"
import { Link, useNavigate } from "react-router-dom"
import { ErrorState } from "../../common/error-state"
import { errorStatus } from "../../common/error-message"
import { ListToolbar } from "../../common/list-table"
import { useCustomerPurchases } from "../../../hooks/customer-purchases"
import { usePurchaseSettings } from "../../../hooks/purchase-settings"
import { PurchasingDisabledState } from "../purchasing-disabled-state"
import { usePurchaseColumns } from "./use-purchase-columns"
import { usePurchaseFilters } from "./use-purchase-filters"
import { usePurchaseListState } from "./use-purchase-list-state"

/** The purchase list: search, filters, sort and pagination on the API. */
export const PurchaseListTable = () => {
  const navigate = useNavigate()
  const state = usePurchaseListState()
  const { data, isLoading, isError, error, refetch } = useCustomerPurchases(state.params)
  const { data: settings } = usePurchaseSettings()
  const columns = usePurchaseColumns()
  const filters = usePurchaseFilters(settings?.purchase_settings.stages)

  const table = useDataTable({
    data: data?.customer_purchases ?? [],
    columns,
    filters,
    rowCount: data?.count ?? 0,
    getRowId: (row) => row.id,
    isLoading,
    onRowClick: (_event, row) => navigate(`/customer-purchases/${row.id}`),
    search: { state: state.search, onSearchChange: state.onSearchChange },
    pagination: { state: state.pagination, onPaginationChange: state.onPaginationChange },
    sorting: { state: state.sorting, onSortingChange: state.onSortingChange },
    filtering: { state: state.filtering, onFilteringChange: state.onFilteringChange },
  })

  if (isError && errorStatus(error) === 403) {
    return <PurchasingDisabledState />
  }

  return (
    <Container className="divide-y p-0">
      <DataTable instance={table}>
        <ListToolbar
          title="Customer Purchases"
          description="Goods bought from the public: sellers, payouts and refurbishment."
        >
          <DataTable.Search placeholder="Number, seller or serial" />
          <Button size="small" variant="transparent" asChild>
            <Link to="/customer-purchases/margins">Margins</Link>
          </Button>
          <Button size="small" variant="transparent" asChild>
            <Link to="/settings/customer-purchases">Purchase settings</Link>
          </Button>
          <Button size="small" variant="secondary" asChild>
            <Link to="/customer-purchases/create">Create</Link>
          </Button>
        </ListToolbar>
        {isError ? (
          <ErrorState error={error} onRetry={() => refetch()} title="Could not load purchases" />
        ) : (
          <DataTable.Table
            emptyState={{
              empty: {
                heading: "No purchases yet",
                description: "Record a purchase when you buy goods from a member of the public.",
              },
              filtered: {
                heading: "No matching purchases",
                description: "No purchases match the search or filters. Try changing them.",
              },
            }}
          />
        )}
        <DataTable.Pagination />
      </DataTable>
    </Container>
  )
}
