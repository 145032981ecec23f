import { createWorkflow, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { CustomerPurchaseEvents } from "../../../types/customer-purchase"
import { addPurchaseItemCostStep, type AddPurchaseItemCostStepInput } from "../steps/add-purchase-item-cost"

export type AddPurchaseItemCostWorkflowInput = AddPurchaseItemCostStepInput

export const addPurchaseItemCostWorkflowId = "add-purchase-item-cost"

/**
 * A refurbishment cost (parts, labour, other; per unit) of a bought item:
 * logged as its own entry and summed into the item's refurbishment_cost and
 * unit_cost. Refused (409) once the item is sold, scrapped or returned to
 * the seller; 404 for an unknown purchase or an item of another purchase.
 */
export const addPurchaseItemCostWorkflow = createWorkflow(
  addPurchaseItemCostWorkflowId,
  (input: WorkflowData<AddPurchaseItemCostWorkflowInput>) => {
    useQueryGraphStep({
      entity: "customer_purchase",
      fields: ["id"],
      filters: { id: input.purchase_id },
      options: { throwIfKeyNotFound: true },
    })
    const added = addPurchaseItemCostStep(input)
    emitEventStep({
      eventName: CustomerPurchaseEvents.ITEM_COST_ADDED,
      data: transform({ added, input }, ({ added, input }) => ({
        id: input.item_id,
        purchase_id: input.purchase_id,
        cost_id: added.cost.id,
      })),
    })
    return new WorkflowResponse(added)
  }
)
