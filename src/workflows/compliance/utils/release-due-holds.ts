import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { CUSTOMER_PURCHASE_MODULE } from "../../../modules/customer-purchase"
import type CustomerPurchaseModuleService from "../../../modules/customer-purchase/service"
import { releasePurchaseHoldWorkflow } from "../workflows/release-purchase-hold"

const BATCH = 100

/**
 * Releases every hold due at `now` (not police holds), a batch at a time.
 * Each release claims its hold under a row lock, so two processes running
 * this at once release each hold once; a failure is logged and the others
 * go on. Returns the ids released.
 */
export async function releaseDueHolds(container: MedusaContainer, now: Date = new Date()) {
  const service: CustomerPurchaseModuleService = container.resolve(CUSTOMER_PURCHASE_MODULE)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const released: string[] = []
  const failed = new Set<string>()
  for (;;) {
    const due = await service.listPurchaseHolds(
      { status: "active", police_hold: false, release_at: { $lte: now } },
      { take: BATCH, select: ["id"], order: { release_at: "ASC" } }
    )
    const todo = due.filter((hold) => !failed.has(hold.id))
    if (!todo.length) {
      return released
    }
    const before = released.length
    for (const { id } of todo) {
      try {
        const { result } = await releasePurchaseHoldWorkflow(container).run({ input: { hold_id: id, now } })
        if (result) {
          released.push(id)
        }
      } catch (error) {
        failed.add(id)
        logger.error(`Hold ${id} could not be released: ${(error as Error).message}`)
      }
    }
    // Nothing released in a whole batch: whatever is left is not ours to
    // release now (another process holds it); the next run gets it.
    if (released.length === before) {
      return released
    }
  }
}
