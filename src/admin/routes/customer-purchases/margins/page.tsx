import { defineRouteConfig } from "@medusajs/admin-sdk"
import { MarginsReportView } from "../../../components/margins/margins-report"

/** /customer-purchases/margins: what bought goods earned (under Customer Purchases in the sidebar). */
const MarginsPage = () => <MarginsReportView />

export const config = defineRouteConfig({
  label: "Margins",
})

export const handle = {
  breadcrumb: () => "Margins",
}

export default MarginsPage
