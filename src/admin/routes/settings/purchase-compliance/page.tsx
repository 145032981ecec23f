import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Container } from "@medusajs/ui"
import { ErrorState } from "../../../components/common/error-state"
import { SectionSkeleton } from "../../../components/common/section-skeleton"
import { BlockedSerialsSection } from "../../../components/compliance/blocked-serials-section"
import { ComplianceSettingsForm } from "../../../components/compliance/compliance-settings-form"
import { ExportSection } from "../../../components/compliance/export-section"
import { RetentionPreviewSection } from "../../../components/compliance/retention-preview-section"
import { usePurchaseSettings } from "../../../hooks/purchase-settings"

/** Settings > Purchase compliance: holds, no-cash, identity, retention, blocked serials, export. */
const PurchaseCompliancePage = () => {
  const { data, isLoading, isError, error, refetch } = usePurchaseSettings()
  if (isLoading) {
    return <SectionSkeleton rows={4} />
  }
  if (isError || !data) {
    return (
      <Container className="p-0">
        <ErrorState error={error} onRetry={() => refetch()} title="Could not load the purchase settings" />
      </Container>
    )
  }
  return (
    <div className="flex flex-col gap-y-3">
      <ComplianceSettingsForm settings={data.purchase_settings} />
      <ExportSection />
      <BlockedSerialsSection />
      <RetentionPreviewSection />
    </div>
  )
}

export const config = defineRouteConfig({ label: "Purchase compliance" })

export const handle = { breadcrumb: () => "Purchase compliance" }

export default PurchaseCompliancePage
