import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Container } from "@medusajs/ui"
import { ErrorState } from "../../../components/common/error-state"
import { SectionSkeleton } from "../../../components/common/section-skeleton"
import { PurchaseSettingsForm } from "../../../components/customer-purchases/settings/purchase-settings-form"
import { usePurchaseSettings } from "../../../hooks/purchase-settings"

/** Settings > Customer purchases. */
const CustomerPurchaseSettingsPage = () => {
  const { data, isLoading, isError, error, refetch } = usePurchaseSettings()
  if (isLoading) {
    return (
      <div className="flex flex-col gap-y-3">
        <SectionSkeleton rows={1} />
        <SectionSkeleton rows={4} />
        <SectionSkeleton rows={4} />
      </div>
    )
  }
  if (isError || !data) {
    return (
      <Container className="p-0">
        <ErrorState
          error={error}
          onRetry={() => refetch()}
          title="Could not load the purchase settings"
        />
      </Container>
    )
  }
  return <PurchaseSettingsForm settings={data.purchase_settings} />
}

export const config = defineRouteConfig({
  label: "Customer purchases",
})

export const handle = {
  breadcrumb: () => "Customer purchases",
}

export default CustomerPurchaseSettingsPage
