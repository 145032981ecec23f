import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { DetailWidgetProps, HttpTypes } from "@medusajs/framework/types"
import { CustomerDepositsSection } from "../components/widgets/customer-deposits-section"

/** Customer page: their item deposits and store-credit balances. */
const CustomerItemDepositsWidget = ({ data }: DetailWidgetProps<HttpTypes.AdminCustomer>) => (
  <CustomerDepositsSection customerId={data.id} />
)

export const config = defineWidgetConfig({
  zone: "customer.details.after",
  id: "buybacks:customer-item-deposits",
})

export default CustomerItemDepositsWidget
