import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { DetailWidgetProps, HttpTypes } from "@medusajs/framework/types"
import { OrderDepositsSection } from "../components/widgets/order-deposits-section"

/** Order page: which deposits paid for which items (nothing when none did). */
const OrderItemDepositsWidget = ({ data }: DetailWidgetProps<HttpTypes.AdminOrder>) => (
  <OrderDepositsSection orderId={data.id} />
)

export const config = defineWidgetConfig({
  zone: "order.details.after",
  id: "buybacks:order-item-deposits",
})

export default OrderItemDepositsWidget
