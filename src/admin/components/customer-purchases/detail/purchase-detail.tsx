import { Button, Container } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { ErrorState } from "../../common/error-state"
import { errorStatus } from "../../common/error-message"
import { SectionSkeleton } from "../../common/section-skeleton"
import { EmptyState } from "../../common/empty-state"
import { useCustomerPurchase } from "../../../hooks/customer-purchases"
import { NotesAndActivitySection } from "../activity/notes-and-activity-section"
import { AttachmentsSection } from "../attachments/attachments-section"
import { PurchaseItemsSection } from "../items/purchase-items-section"
import { PurchasingDisabledState } from "../purchasing-disabled-state"
import { PayoutSummarySection } from "./payout-summary-section"
import { PurchaseHeader } from "./purchase-header"
import { SellerDetailsSection } from "./seller-details-section"
import { PurchaseComplianceSection } from "../../compliance/purchase-compliance-section"
import { ItemMarginsSection } from "../../margins/item-margins-section"

/** One purchase: header and actions, items, files, notes, seller, payout. */
export const PurchaseDetail = ({ id }: { id: string }) => {
  const { data, isLoading, isError, error, refetch } = useCustomerPurchase(id)

  if (isLoading) {
    return (
      <div className="flex flex-col gap-y-3">
        <SectionSkeleton rows={1} />
        <SectionSkeleton rows={4} />
        <SectionSkeleton rows={3} />
      </div>
    )
  }
  if (isError) {
    const status = errorStatus(error)
    if (status === 403) return <PurchasingDisabledState title="Customer purchase" />
    return (
      <Container className="p-0">
        {status === 404 ? (
          <EmptyState
            heading="Purchase not found"
            description="It may have been removed, or the link is wrong."
            action={
              <Button size="small" variant="secondary" asChild>
                <Link to="/customer-purchases">Back to purchases</Link>
              </Button>
            }
          />
        ) : (
          <ErrorState error={error} onRetry={() => refetch()} title="Could not load the purchase" />
        )}
      </Container>
    )
  }

  const purchase = data!.customer_purchase
  return (
    <div className="flex w-full flex-col gap-y-3">
      <PurchaseHeader purchase={purchase} />
      <div className="flex w-full flex-col items-start gap-x-4 gap-y-3 xl:grid xl:grid-cols-[minmax(0,_1fr)_400px]">
        <div className="flex w-full min-w-0 flex-col gap-y-3">
          <PurchaseItemsSection purchase={purchase} />
          <ItemMarginsSection purchase={purchase} />
          <NotesAndActivitySection purchase={purchase} />
          <AttachmentsSection purchase={purchase} />
        </div>
        <div className="flex w-full min-w-0 flex-col gap-y-3">
          <SellerDetailsSection purchase={purchase} />
          <PayoutSummarySection purchase={purchase} />
          <PurchaseComplianceSection purchase={purchase} />
        </div>
      </div>
    </div>
  )
}
