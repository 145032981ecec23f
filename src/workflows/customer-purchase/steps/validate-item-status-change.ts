import { createStep } from "@medusajs/framework/workflows-sdk"
import { stateConflict } from "../../../utils/errors"
import {
  isFinalStatus,
  type PurchaseSettingsDTO,
} from "../../../types/customer-purchase"

export type ValidateItemStatusChangeStepInput = {
  item: { title: string; status: string; purchase: { status: string } }
  settings: PurchaseSettingsDTO
  status: string
}

export const validateItemStatusChangeStepId = "validate-item-status-change"

/**
 * An item moves to one of the merchant's stages at any time before the
 * purchase is cancelled, and to scrapped or returned to seller once paid.
 * "stocked" is reached only through stocking, which also moves inventory.
 */
export const validateItemStatusChangeStep = createStep(
  validateItemStatusChangeStepId,
  async ({ item, settings, status }: ValidateItemStatusChangeStepInput) => {
    const { purchase } = item
    if (purchase.status === "cancelled") {
      throw stateConflict("The purchase is cancelled; its items no longer move.")
    }
    if (status === "stocked") {
      throw stateConflict(
        "status: an item becomes stocked by stocking it (POST .../items/:item_id/stock), which also adds it to the inventory."
      )
    }
    const isStage = settings.stages.some((stage) => stage.value === status)
    if (!isStage && !isFinalStatus(status)) {
      const known = settings.stages.map((s) => s.value).join(", ")
      throw stateConflict(
        `status: "${status}" is not a refurbishment stage (stages: ${known}) nor a final status (scrapped, returned_to_seller).`
      )
    }
    if (isFinalStatus(status) && purchase.status === "draft") {
      throw stateConflict(
        `status: an item can be ${status.replace(/_/g, " ")} only after the seller has been paid out; before that, remove it from the purchase.`
      )
    }
    if (item.status === status) {
      throw stateConflict(`Item ${item.title} is already in ${status}.`)
    }
  }
)
