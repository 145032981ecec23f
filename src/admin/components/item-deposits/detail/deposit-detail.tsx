import { Container, Skeleton } from "@medusajs/ui"
import { useItemDeposit } from "../../../hooks/item-deposits"
import { errorStatus } from "../../common/error-message"
import { ErrorState } from "../../common/error-state"
import { ClaimCodeSection } from "./claim-code-section"
import { CustomerSection } from "./customer-section"
import { GeneralSection } from "./general-section"
import { LedgerSection } from "./ledger-section"
import { OrdersSection } from "./orders-section"
import { SpecialOrderSection } from "./special-order-section"
import { ExpiryAndStockSection } from "./expiry-and-stock-section"
import { TopUpsSection } from "./top-ups-section"

const Loading = () => (
  <div className="flex flex-col gap-y-3" aria-busy="true">
    <Skeleton className="h-[360px] w-full rounded-lg" />
    <Skeleton className="h-[180px] w-full rounded-lg" />
  </div>
)

/** One deposit, laid out like the dashboard's detail pages: main column and side column. */
export const DepositDetail = ({ id }: { id: string }) => {
  const { data, isLoading, isError, error, refetch } = useItemDeposit(id)

  if (isLoading) {
    return <Loading />
  }
  if (isError || !data) {
    return (
      <Container className="p-0">
        <ErrorState error={error} title="Could not load this deposit" onRetry={errorStatus(error) === 404 ? undefined : () => refetch()} />
      </Container>
    )
  }
  const deposit = data.item_deposit
  return (
    <div className="flex w-full flex-col items-start gap-x-4 gap-y-3 xl:grid xl:grid-cols-[minmax(0,_1fr)_440px]">
      <div className="flex w-full min-w-0 flex-col gap-y-3">
        <GeneralSection deposit={deposit} />
        <LedgerSection deposit={deposit} />
        <OrdersSection deposit={deposit} />
        <TopUpsSection deposit={deposit} />
      </div>
      <div className="flex w-full flex-col gap-y-3 xl:max-w-[440px]">
        <CustomerSection deposit={deposit} />
        <SpecialOrderSection deposit={deposit} />
        <ClaimCodeSection deposit={deposit} />
        <ExpiryAndStockSection deposit={deposit} />
      </div>
    </div>
  )
}
