import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { DetailWidgetProps, HttpTypes } from "@medusajs/framework/types"
import { CustomerPurchasesSection } from "../components/widgets/customer-purchases-section"

/** Customer page: what the store bought from them. */
const CustomerPurchasesWidget = ({ data }: DetailWidgetProps<HttpTypes.AdminCustomer>) => (
  <CustomerPurchasesSection customerId={data.id} />
)

export const config = defineWidgetConfig({
  zone: "customer.details.after",
  id: "buybacks:customer-purchases",
})

export default CustomerPurchasesWidget
