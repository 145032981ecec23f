import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, MathBN } from "@medusajs/framework/utils"
import type { OrderSaleLine } from "../../../modules/customer-purchase/utils/plan-unit-sales"
import { keptUnitsOfLine } from "../../item-deposit/utils/compute-order-deposit-returns"

export type OrderSaleLines = {
  order_id: string
  display_id: number | null
  currency_code: string
  lines: OrderSaleLine[]
}

export const readOrderSaleLinesStepId = "read-order-sale-lines"

/**
 * Reads the order as it is now and, per line with a variant, what it keeps
 * (the deposit returns' reading of received-back and written-off units; a
 * cancelled order keeps nothing) and its total net of discounts and tax.
 * An unknown order has no lines. Reads only: nothing to compensate.
 */
export const readOrderSaleLinesStep = createStep(
  readOrderSaleLinesStepId,
  async (input: { order_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "order",
      // Partial item fields come back empty for orders (see the deposit
      // returns): the whole items and their detail. The order module
      // computes line totals only when an order-level total is asked for.
      fields: ["id", "display_id", "status", "currency_code", "total", "items.*", "items.detail.*"],
      filters: { id: input.order_id },
    })
    const order = data[0] as any
    if (!order) {
      return new StepResponse<OrderSaleLines>({ order_id: input.order_id, display_id: null, currency_code: "", lines: [] })
    }
    const cancelled = order.status === "canceled"
    const lines: OrderSaleLine[] = (order.items ?? [])
      .filter((item: any) => item?.variant_id)
      .map((item: any) => ({
        line_item_id: item.id,
        variant_id: item.variant_id,
        quantity: Number(item.quantity),
        kept_units: cancelled ? 0 : Number(keptUnitsOfLine(item)),
        net_total: MathBN.sub(item.raw_total ?? item.total ?? 0, item.raw_tax_total ?? item.tax_total ?? 0).toString(),
      }))
    return new StepResponse<OrderSaleLines>({
      order_id: order.id,
      display_id: order.display_id ?? null,
      currency_code: order.currency_code,
      lines,
    })
  }
)
