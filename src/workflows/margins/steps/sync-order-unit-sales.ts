import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CUSTOMER_PURCHASE_MODULE } from "../../../modules/customer-purchase"
import type CustomerPurchaseModuleService from "../../../modules/customer-purchase/service"
import type { OrderSaleLines } from "./read-order-sale-lines"

export const syncOrderUnitSalesStepId = "sync-order-unit-sales"

/**
 * Writes the sale and reversal entries that make the order's bought units
 * match what it keeps (one module transaction, see syncOrderUnitSales).
 * No compensation: it is the workflow's last write, and the ledger is
 * append-only; running the workflow again converges on the same entries.
 */
export const syncOrderUnitSalesStep = createStep(
  syncOrderUnitSalesStepId,
  async (input: OrderSaleLines & { reason?: string | null }, { container }) => {
    if (!input.lines.length) {
      return new StepResponse({ sales: [] as any[], reversals: [] as any[] })
    }
    const service: CustomerPurchaseModuleService = container.resolve(CUSTOMER_PURCHASE_MODULE)
    const written = await service.syncOrderUnitSales({
      order_id: input.order_id,
      currency_code: input.currency_code,
      lines: input.lines,
      reason: input.reason ?? null,
      label: input.display_id != null ? `#${input.display_id}` : input.order_id,
    })
    return new StepResponse(written)
  }
)
