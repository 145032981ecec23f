import { createWorkflow, transform, when, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { CustomerPurchaseEvents } from "../../../types/customer-purchase"
import { readOrderSaleLinesStep } from "../steps/read-order-sale-lines"
import { syncOrderUnitSalesStep } from "../steps/sync-order-unit-sales"

export type SyncOrderUnitSalesWorkflowInput = {
  order_id: string
  /** Why units may have left the order, for the reversal entries: "return received", "cancelled", … */
  reason?: string | null
}

export const syncOrderUnitSalesWorkflowId = "sync-order-unit-sales"

const eventData = (entries: any[]) =>
  entries.map((e) => ({ id: e.item_id, sale_id: e.id, order_id: e.order_id, purchase_id: e.purchase_id }))

/**
 * Records what the order did to bought units (README "Margins per bought
 * unit"): placed, it takes units first in first out; after a return, claim,
 * exchange, edit or cancellation, the units it no longer keeps are reversed.
 * Computed from the order as it is now, so a redelivered event writes
 * nothing; emits customer_purchase_item.units_sold / .unit_sales_reversed.
 */
export const syncOrderUnitSalesWorkflow = createWorkflow(
  syncOrderUnitSalesWorkflowId,
  (input: WorkflowData<SyncOrderUnitSalesWorkflowInput>) => {
    const order = readOrderSaleLinesStep({ order_id: input.order_id })
    const written = syncOrderUnitSalesStep(
      transform({ order, input }, ({ order, input }) => ({ ...order, reason: input.reason ?? null }))
    )
    when("emit-units-sold", { written }, ({ written }) => written.sales.length > 0).then(() =>
      emitEventStep({
        eventName: CustomerPurchaseEvents.UNITS_SOLD,
        data: transform({ written }, ({ written }) => eventData(written.sales)),
      }).config({ name: "emit-units-sold-event" })
    )
    when("emit-unit-sales-reversed", { written }, ({ written }) => written.reversals.length > 0).then(() =>
      emitEventStep({
        eventName: CustomerPurchaseEvents.UNIT_SALES_REVERSED,
        data: transform({ written }, ({ written }) => eventData(written.reversals)),
      }).config({ name: "emit-unit-sales-reversed-event" })
    )
    return new WorkflowResponse(written)
  }
)
