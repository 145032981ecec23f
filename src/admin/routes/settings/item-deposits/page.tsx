import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Container } from "@medusajs/ui"
import { ErrorState } from "../../../components/common/error-state"
import { SectionSkeleton } from "../../../components/common/section-skeleton"
import { DepositSettingsForm } from "../../../components/item-deposits/settings/deposit-settings-form"
import { useItemDepositSettings } from "../../../hooks/item-deposit-extras"

/** Settings > Item deposits. */
const ItemDepositSettingsPage = () => {
  const { data, isLoading, isError, error, refetch } = useItemDepositSettings()
  if (isLoading) {
    return (
      <div className="flex flex-col gap-y-3">
        <SectionSkeleton rows={3} />
        <SectionSkeleton rows={1} />
      </div>
    )
  }
  if (isError || !data) {
    return (
      <Container className="p-0">
        <ErrorState error={error} onRetry={() => refetch()} title="Could not load the deposit settings" />
      </Container>
    )
  }
  return <DepositSettingsForm settings={data.item_deposit_settings} />
}

export const config = defineRouteConfig({
  label: "Item deposits",
})

export const handle = {
  breadcrumb: () => "Item deposits",
}

export default ItemDepositSettingsPage
