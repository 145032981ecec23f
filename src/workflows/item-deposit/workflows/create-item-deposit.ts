import {
  createWorkflow,
  transform,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { emitEventStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { ItemDepositEvents } from "../../../types/item-deposit"
import {
  createItemDepositStep,
  CreateItemDepositStepInput,
} from "../steps/create-item-deposit"

export type CreateItemDepositWorkflowInput = Omit<CreateItemDepositStepInput, "created_by"> & {
  actor_id?: string
}

export const createItemDepositWorkflowId = "create-item-deposit"

/**
 * Records a deposit a customer paid towards one variant (in store: with the
 * payment method and its reference), optionally as a special order.
 */
export const createItemDepositWorkflow = createWorkflow(
  createItemDepositWorkflowId,
  (input: WorkflowData<CreateItemDepositWorkflowInput>) => {
    useQueryGraphStep({
      entity: "customer",
      fields: ["id"],
      filters: { id: input.customer_id },
      options: { throwIfKeyNotFound: true },
    }).config({ name: "get-deposit-customer" })
    useQueryGraphStep({
      entity: "product_variant",
      fields: ["id"],
      filters: { id: input.variant_id },
      options: { throwIfKeyNotFound: true },
    }).config({ name: "get-deposit-variant" })

    const deposit = createItemDepositStep(
      transform({ input }, ({ input }) => {
        const { actor_id, ...data } = input
        return {
          ...data,
          currency_code: data.currency_code.toLowerCase(),
          created_by: actor_id ?? null,
        }
      })
    )

    emitEventStep({
      eventName: ItemDepositEvents.CREATED,
      data: transform({ deposit }, ({ deposit }) => ({
        id: deposit.id,
        customer_id: deposit.customer_id,
        variant_id: deposit.variant_id,
      })),
    })

    return new WorkflowResponse(deposit)
  }
)
