import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type EnsureInventoryLevelsStepInput = {
  inventory_item_id: string
  location_id: string
}[]

export const ensureInventoryLevelsStepId = "ensure-inventory-levels"

const pairKey = (p: { inventory_item_id: string; location_id: string }) =>
  `${p.inventory_item_id}:${p.location_id}`

/**
 * Makes sure each inventory item is stocked at its location, creating the
 * missing levels at zero (one read, one write for any number). Stocking runs
 * it first so that hold reservations can be placed before any unit is on
 * hand. Compensation removes only the levels it created.
 */
export const ensureInventoryLevelsStep = createStep(
  ensureInventoryLevelsStepId,
  async (input: EnsureInventoryLevelsStepInput, { container }) => {
    const inventory = container.resolve(Modules.INVENTORY)
    const wanted = new Map(input.map((p) => [pairKey(p), p]))
    const existing = await inventory.listInventoryLevels(
      {
        inventory_item_id: [...new Set(input.map((p) => p.inventory_item_id))],
        location_id: [...new Set(input.map((p) => p.location_id))],
      },
      { select: ["id", "inventory_item_id", "location_id"] }
    )
    for (const level of existing) {
      wanted.delete(pairKey(level))
    }
    const created = wanted.size
      ? await inventory.createInventoryLevels([...wanted.values()].map((p) => ({ ...p, stocked_quantity: 0 })))
      : []
    return new StepResponse(
      created.map((level) => level.id),
      created.map((level) => level.id)
    )
  },
  async (createdIds, { container }) => {
    if (!createdIds?.length) {
      return
    }
    await container.resolve(Modules.INVENTORY).deleteInventoryLevels(createdIds)
  }
)
