import { Button, Container } from "@medusajs/ui"
import type { ReactNode } from "react"
import { Link } from "react-router-dom"
import { LoadStates } from "../common/load-states"
import { SectionHeader } from "../common/section"
import type { ItemDeposit } from "../item-deposits/types"
import { DepositMiniTable } from "./deposit-mini-table"

type DepositsWidgetProps = {
  title: string
  description?: string
  /** The deposit list, filtered to this page's customer or variant (when there are more). */
  viewAllTo?: string
  /** The create form, prefilled for this page. */
  createTo: string
  query: { isLoading: boolean; isError: boolean; error: unknown; refetch: () => unknown }
  deposits: ItemDeposit[]
  emptyText: string
  /** Which side of the deposit the table names: its customer or its item. */
  show: "customer" | "variant"
  /** Below the table (the customer's store credit). */
  children?: ReactNode
}

/** A deposits widget: heading with View all / Create, then the page's deposits. */
export const DepositsWidget = ({
  title,
  description,
  viewAllTo,
  createTo,
  query,
  deposits,
  emptyText,
  show,
  children,
}: DepositsWidgetProps) => (
  <Container className="divide-y p-0">
    <SectionHeader
      title={title}
      description={description}
      actions={
        <>
          {viewAllTo && (
            <Button size="small" variant="transparent" asChild>
              <Link to={viewAllTo}>View all</Link>
            </Button>
          )}
          <Button size="small" variant="secondary" asChild>
            <Link to={createTo}>Create</Link>
          </Button>
        </>
      }
    />
    <LoadStates
      isLoading={query.isLoading}
      isError={query.isError}
      error={query.error}
      onRetry={() => query.refetch()}
      loadingText="Loading deposits…"
      errorTitle="Could not load deposits"
      isEmpty={!deposits.length}
      emptyText={emptyText}
    >
      {() => <DepositMiniTable deposits={deposits} show={show} />}
    </LoadStates>
    {children}
  </Container>
)
