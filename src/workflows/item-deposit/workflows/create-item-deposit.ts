import {
  createWorkflow,
  transform,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { emitEventStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { ItemDepositEvents } from "../../../types/item-deposit"
import { getItemDepositSettingsStep } from "../steps/get-item-deposit-settings"
import { reserveDepositStockStep } from "../steps/reserve-deposit-stock"
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

    const settings = getItemDepositSettingsStep()

    const deposit = createItemDepositStep(
      transform({ input, settings }, ({ input, settings }) => {
        const { actor_id, ...data } = input
        // Not given: the merchant's default expiry from now (or none).
        const expires_at =
          data.expires_at !== undefined
            ? data.expires_at
            : settings.default_expiry_days
              ? new Date(Date.now() + settings.default_expiry_days * 24 * 60 * 60 * 1000)
              : null
        return {
          ...data,
          expires_at,
          currency_code: data.currency_code.toLowerCase(),
          created_by: actor_id ?? null,
        }
      })
    )

    // With hold_stock on, the deposited units of an in-stock variant are
    // reserved (nothing happens for a special order or an untracked variant).
    reserveDepositStockStep(transform({ deposit, settings }, ({ deposit, settings }) => ({
      deposit_id: deposit.id,
      enabled: settings.hold_stock,
    })))

    emitEventStep({
      eventName: ItemDepositEvents.CREATED,
      data: transform({ deposit }, ({ deposit }) => ({
        id: deposit.id,
        customer_id: deposit.customer_id,
        variant_id: deposit.variant_id,
        currency_code: deposit.currency_code,
        amount_per_unit: deposit.amount_per_unit,
        units: deposit.units,
        expires_at: deposit.expires_at ?? null,
        source: deposit.source,
      })),
    })

    return new WorkflowResponse(deposit)
  }
)
