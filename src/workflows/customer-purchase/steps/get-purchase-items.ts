import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CUSTOMER_PURCHASE_MODULE } from "../../../modules/customer-purchase"
import type CustomerPurchaseModuleService from "../../../modules/customer-purchase/service"

export type GetPurchaseItemsStepInput = { purchase_id: string; item_id: string }[]

export const getPurchaseItemsStepId = "get-purchase-items"

/**
 * The batch form of getPurchaseItemStep: reads the items with their
 * purchases in one query, in the order asked, and 404s naming the first item
 * that does not exist or belongs to another purchase. An item asked twice is
 * a 400 (it would be stocked twice).
 */
export const getPurchaseItemsStep = createStep(
  getPurchaseItemsStepId,
  async (input: GetPurchaseItemsStepInput, { container }) => {
    const ids = input.map((i) => i.item_id)
    const twice = ids.find((id, i) => ids.indexOf(id) !== i)
    if (twice) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `items: item ${twice} is listed more than once`)
    }
    const service: CustomerPurchaseModuleService = container.resolve(CUSTOMER_PURCHASE_MODULE)
    const byId = new Map((await service.listItemsForStocking(ids)).map((item) => [item.id, item]))
    const items = input.map(({ purchase_id, item_id }) => {
      const item = byId.get(item_id)
      if (!item || item.purchase_id !== purchase_id) {
        throw new MedusaError(
          MedusaError.Types.NOT_FOUND,
          `Item with id: ${item_id} was not found in purchase ${purchase_id}`
        )
      }
      return item
    })
    return new StepResponse(items)
  }
)
