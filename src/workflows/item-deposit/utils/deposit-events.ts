import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"

/**
 * Emits one deposit event per ledger entry. Used where the plugin reacts to
 * core events (order placed, cancelled) and in the cart hooks, outside a
 * workflow of its own, so emitEventStep is not available.
 */
export async function emitDepositEvents(
  container: MedusaContainer,
  name: string,
  entries: { deposit_id: string; amount: unknown; cart_id?: string | null; order_id?: string | null }[]
) {
  if (!entries.length) {
    return
  }
  await container.resolve(Modules.EVENT_BUS).emit(
    entries.map((entry) => ({
      name,
      data: {
        id: entry.deposit_id,
        amount: entry.amount,
        cart_id: entry.cart_id ?? null,
        order_id: entry.order_id ?? null,
      },
    }))
  )
}
