import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, OrderChangeStatus } from "@medusajs/framework/utils"
import { ITEM_DEPOSIT_MODULE } from "../../../modules/item-deposit"
import type ItemDepositModuleService from "../../../modules/item-deposit/service"
import {
  computeOrderDepositReturns,
  type DepositReturnShare,
} from "../utils/compute-order-deposit-returns"

export type PlanOrderDepositReturnsStepInput = { order_id: string }

export type OrderDepositReturnsPlan = {
  order: { id: string; display_id: number | null; currency_code: string }
  /**
   * Whose store credit a share goes to: the deposits' customer (who paid
   * them), not the order's, which a transfer may have changed.
   */
  customer_id: string | null
  /** Deposits with something to bring back now (amount > 0). */
  shares: DepositReturnShare[]
  /** Another order change is open: no credit line can be added now. */
  credit_lines_skipped: boolean
}

export const planOrderDepositReturnsStepId = "plan-order-deposit-returns"

/**
 * Reads the order as it is now (its current version: items with what came
 * back or was written off, credit lines, summary) and what it consumed of
 * deposits, and computes each deposit's share that comes back now (see
 * computeOrderDepositReturns). Reads only: nothing to compensate.
 */
export const planOrderDepositReturnsStep = createStep(
  planOrderDepositReturnsStepId,
  async (input: PlanOrderDepositReturnsStepInput, { container }) => {
    const service: ItemDepositModuleService = container.resolve(ITEM_DEPOSIT_MODULE)
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const logger = container.resolve(ContainerRegistrationKeys.LOGGER)

    const { data: orders } = await query.graph({
      entity: "order",
      fields: [
        "id",
        "display_id",
        "currency_code",
        "summary.*",
        // Partial item fields (items.quantity) come back empty for orders:
        // take the whole items and their detail (what was returned, written off).
        "items.*",
        "items.detail.*",
        "credit_lines.*",
      ],
      filters: { id: input.order_id },
    })
    const order = orders[0] as any
    const applications = order
      ? await service.listItemDepositApplications(
          { order_id: input.order_id, status: "consumed" },
          { select: ["id", "deposit_id", "amount", "returned_amount"] }
        )
      : []
    const empty: OrderDepositReturnsPlan = {
      order: order
        ? { id: order.id, display_id: order.display_id ?? null, currency_code: order.currency_code }
        : { id: input.order_id, display_id: null, currency_code: "" },
      customer_id: null,
      shares: [],
      credit_lines_skipped: false,
    }
    if (!applications.length) {
      return new StepResponse(empty)
    }

    const deposits = await service.listItemDeposits(
      { id: applications.map((a: any) => a.deposit_id) },
      { select: ["id", "customer_id", "variant_id", "amount_per_unit"] }
    )
    const byId = new Map(deposits.map((d: any) => [d.id, d]))
    const shares = computeOrderDepositReturns(
      order,
      applications.map((a: any) => ({
        deposit_id: a.deposit_id,
        variant_id: byId.get(a.deposit_id)?.variant_id,
        amount_per_unit: byId.get(a.deposit_id)?.raw_amount_per_unit ?? byId.get(a.deposit_id)?.amount_per_unit ?? 0,
        amount: a.raw_amount ?? a.amount,
        returned_amount: a.raw_returned_amount ?? a.returned_amount ?? 0,
      }))
    ).filter((share) => share.amount.numeric > 0)
    if (!shares.length) {
      return new StepResponse(empty)
    }

    // Core allows one open order change per order: a credit line cannot be
    // added while one is open (the deposit still comes back; the merchant
    // sees the share on the order's deposits widget).
    const { data: open } = await query.graph({
      entity: "order_change",
      fields: ["id"],
      filters: { order_id: input.order_id, status: [OrderChangeStatus.PENDING, OrderChangeStatus.REQUESTED] },
    })
    const skipped = open.length > 0 && shares.some((s) => s.credit_line_amount.numeric > 0)
    if (skipped) {
      logger.warn(
        `Order ${input.order_id} has an open order change: the item-deposit credit lines for the deposit share that came back are not added; the refund Medusa suggests includes that share.`
      )
    }
    const customerId = (byId.get(shares[0].deposit_id) as any)?.customer_id ?? null
    return new StepResponse({ ...empty, customer_id: customerId, shares, credit_lines_skipped: skipped })
  }
)
