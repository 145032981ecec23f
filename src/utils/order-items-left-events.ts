import { OrderEditWorkflowEvents, OrderWorkflowEvents } from "@medusajs/framework/utils"

/**
 * Core's events after which items may have left an order (a return
 * received, a claim or exchange confirmed, an order edit confirmed), with
 * the reason a ledger entry gives. Each carries `order_id`. Shared by the
 * deposits (their share comes back) and the margins (the unit sale is
 * reversed), so both react to the same changes.
 */
export const ITEMS_LEFT_ORDER_REASONS: Record<string, string> = {
  [OrderWorkflowEvents.RETURN_RECEIVED]: "return received",
  [OrderWorkflowEvents.CLAIM_CREATED]: "claim",
  [OrderWorkflowEvents.EXCHANGE_CREATED]: "exchange",
  [OrderEditWorkflowEvents.CONFIRMED]: "order edit",
}
