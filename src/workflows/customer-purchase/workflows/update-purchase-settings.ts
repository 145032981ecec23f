import {
  createWorkflow,
  when,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import {
  savePurchaseSettingsStep,
  SavePurchaseSettingsStepInput,
} from "../steps/save-purchase-settings"

export const updatePurchaseSettingsWorkflowId = "update-purchase-settings"

/**
 * Saves the merchant's purchase settings. Arrays (stages, payout methods)
 * replace the old ones; the receipt template is merged field by field. A
 * stage that items still sit in cannot be removed.
 */
export const updatePurchaseSettingsWorkflow = createWorkflow(
  updatePurchaseSettingsWorkflowId,
  (input: WorkflowData<SavePurchaseSettingsStepInput>) => {
    when("check-default-location", { input }, ({ input }) => !!input.default_location_id).then(
      () =>
        useQueryGraphStep({
          entity: "stock_location",
          fields: ["id"],
          filters: { id: input.default_location_id! },
          options: { throwIfKeyNotFound: true },
        })
    )
    when(
      "check-default-sales-channels",
      { input },
      ({ input }) => !!input.default_sales_channel_ids?.length
    ).then(() =>
      useQueryGraphStep({
        entity: "sales_channel",
        fields: ["id"],
        filters: { id: input.default_sales_channel_ids! },
        options: { throwIfKeyNotFound: true },
      }).config({ name: "get-default-sales-channels" })
    )
    return new WorkflowResponse(savePurchaseSettingsStep(input))
  }
)
