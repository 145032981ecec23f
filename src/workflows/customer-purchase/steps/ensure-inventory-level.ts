import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type EnsureInventoryLevelStepInput = {
  inventory_item_id: string
  location_id: string
}

export const ensureInventoryLevelStepId = "ensure-inventory-level"

/**
 * Makes sure the inventory item is stocked at the location, creating the
 * level (at zero) when missing. Compensation removes only a level it created.
 */
export const ensureInventoryLevelStep = createStep(
  ensureInventoryLevelStepId,
  async (input: EnsureInventoryLevelStepInput, { container }) => {
    const inventory = container.resolve(Modules.INVENTORY)
    const [existing] = await inventory.listInventoryLevels(input, { take: 1 })
    if (existing) {
      return new StepResponse(existing, null as string | null)
    }
    const created = await inventory.createInventoryLevels({
      ...input,
      stocked_quantity: 0,
    })
    return new StepResponse(created, created.id as string | null)
  },
  async (createdId, { container }) => {
    if (!createdId) {
      return
    }
    await container.resolve(Modules.INVENTORY).deleteInventoryLevels([createdId])
  }
)
