import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MathBN, MedusaError, Modules } from "@medusajs/framework/utils"
import { ITEM_DEPOSIT_MODULE } from "../../../modules/item-deposit"
import type ItemDepositModuleService from "../../../modules/item-deposit/service"
import { ItemDepositEvents } from "../../../types/item-deposit"
import { formatDepositNumber } from "../../../utils/deposit-number"

/**
 * Stock held for deposits: core Inventory Module reservations of the
 * deposited units, so they are not sold to someone else. Reservations are
 * made and deleted under the Locking module's lock on the inventory items,
 * the keys core's own checkout reservation step locks, so a hold and a
 * checkout of the last unit never both succeed (across processes once an
 * app configures a shared locking provider).
 */

type StockNeed = { inventory_item_id: string; quantity: number }

/** What one unit of the variant takes from inventory; none if it is not tracked. */
async function variantNeeds(container: MedusaContainer, variantId: string, units: number): Promise<StockNeed[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product_variant",
    fields: ["id", "manage_inventory", "inventory_items.inventory_item_id", "inventory_items.required_quantity"],
    filters: { id: variantId },
  })
  const variant = data[0] as any
  if (!variant?.manage_inventory) {
    return []
  }
  return (variant.inventory_items ?? []).map((item: any) => ({
    inventory_item_id: item.inventory_item_id,
    quantity: Number(item.required_quantity ?? 1) * units,
  }))
}

/**
 * Reserves the deposit's units (units × each inventory item's required
 * quantity) at a location that has them available. A variant that is not
 * tracked, a special order, or one not in stock is not held (returns []).
 * `force` (allow_backorder) re-makes a hold its owner just gave up for a
 * moment (see keep-owner-stock-holds.ts) even if the unit looks taken.
 */
export async function reserveDepositStock(
  container: MedusaContainer,
  depositId: string,
  { force = false, units }: { force?: boolean; units?: number } = {}
): Promise<any[]> {
  const service: ItemDepositModuleService = container.resolve(ITEM_DEPOSIT_MODULE)
  const deposit = await service.retrieveItemDeposit(depositId)
  if (deposit.status !== "active" || (deposit.special_order && !force)) {
    return []
  }
  const needs = await variantNeeds(container, deposit.variant_id, units ?? deposit.units)
  if (!needs.length) {
    return []
  }
  const inventory = container.resolve(Modules.INVENTORY)
  const locking = container.resolve(Modules.LOCKING)
  const keys = [...new Set(needs.map((n) => n.inventory_item_id))]
  return await locking.execute(keys, async () => {
    const levels = await inventory.listInventoryLevels({ inventory_item_id: keys })
    const picks = needs.map((need) => {
      const level = levels.find(
        (l: any) =>
          l.inventory_item_id === need.inventory_item_id &&
          MathBN.gte(MathBN.sub(l.stocked_quantity, l.reserved_quantity), need.quantity)
      ) ?? (force ? levels.find((l: any) => l.inventory_item_id === need.inventory_item_id) : undefined)
      return level ? { ...need, location_id: level.location_id } : null
    })
    if (picks.some((p) => !p)) {
      return []
    }
    const description = `Held for item deposit ${formatDepositNumber(deposit.display_id)}`
    const reservations = await inventory.createReservationItems(
      picks.map((p) => ({
        inventory_item_id: p!.inventory_item_id,
        location_id: p!.location_id,
        quantity: p!.quantity,
        allow_backorder: force,
        description,
        external_id: deposit.id,
        metadata: { item_deposit_id: deposit.id },
      }))
    )
    try {
      // The status read above took no lock: the rows are written only if the
      // deposit is still active under its row lock (see recordHeldReservations).
      const rows: any[] | null = await service.recordHeldReservations(
        deposit.id,
        reservations.map((r: any) => ({
          reservation_id: r.id,
          inventory_item_id: r.inventory_item_id,
          location_id: r.location_id,
          quantity: Number(r.quantity),
        }))
      )
      if (!rows) {
        await inventory.deleteReservationItems(reservations.map((r: any) => r.id))
        return []
      }
      await container.resolve(Modules.EVENT_BUS).emit({
        name: ItemDepositEvents.STOCK_RESERVED,
        data: {
          id: deposit.id,
          customer_id: deposit.customer_id,
          variant_id: deposit.variant_id,
          reservations: rows.map((r: any) => ({ reservation_id: r.reservation_id, location_id: r.location_id, quantity: r.quantity })),
        },
      })
      return rows
    } catch (error) {
      await inventory.deleteReservationItems(reservations.map((r: any) => r.id))
      throw error
    }
  })
}

/**
 * Releases what stock is held for the deposits (consumed, converted,
 * refunded, cancelled, expired, or their owner is buying them): each held
 * row is claimed once, then its inventory reservation is deleted.
 */
export async function releaseDepositStock(container: MedusaContainer, depositIds: string | string[], reason: string) {
  const service: ItemDepositModuleService = container.resolve(ITEM_DEPOSIT_MODULE)
  const ids = Array.isArray(depositIds) ? depositIds : [depositIds]
  const held = await service.listItemDepositReservations({ deposit_id: ids, status: "held" }, { select: ["inventory_item_id"] })
  if (!held.length) {
    return []
  }
  const inventory = container.resolve(Modules.INVENTORY)
  const locking = container.resolve(Modules.LOCKING)
  const keys = [...new Set(held.map((r: any) => r.inventory_item_id as string))]
  const released = await locking.execute(keys, async () => {
    const claimed = await service.claimHeldReservations({ deposit_ids: ids, reason })
    if (claimed.length) {
      await inventory.deleteReservationItems(claimed.map((r) => r.reservation_id))
    }
    return claimed
  })
  if (released.length) {
    await container.resolve(Modules.EVENT_BUS).emit(
      [...new Set(released.map((r) => r.deposit_id))].map((id) => ({
        name: ItemDepositEvents.STOCK_RELEASED,
        data: { id, reason, reservation_ids: released.filter((r) => r.deposit_id === id).map((r) => r.reservation_id) },
      }))
    )
  }
  return released
}

/** How long a hold its owner's checkout released still counts as theirs. */
export const STOCK_TRANSFER_WINDOW_MS = 5 * 60 * 1000

/**
 * Stock held for another customer's deposit is not sold to this cart: a
 * checkout that needs more of an item than is free (stocked − reserved,
 * holds being reservations) is refused before its order is created. That
 * also covers the moment between the owner's checkout releasing its hold
 * (in the validate hook) and core reserving the unit for the owner's
 * order, when the unit looks free: such a hold still counts. Without it a
 * rival checkout whose reservation lands in that moment would take the
 * unit. One indexed query (deposits of the cart's variants) when none of
 * them is held. Holds are found through the deposits' variants: a variant
 * sharing an inventory item with a held one (a kit) is not checked here;
 * core's reservation still refuses it when nothing is free.
 */
export async function assertStockNotHeldForOthers(
  container: MedusaContainer,
  cart: { customer_id?: string | null; items?: { variant_id?: string | null; quantity: any }[] | null }
) {
  const service: ItemDepositModuleService = container.resolve(ITEM_DEPOSIT_MODULE)
  const since = new Date(Date.now() - STOCK_TRANSFER_WINDOW_MS)
  const variantIds = [...new Set((cart.items ?? []).map((i) => i.variant_id).filter(Boolean))] as string[]
  const inTransfer = (await service.listStockHolds({ transfer_since: since, variant_ids: variantIds })).filter(
    (r) => r.customer_id !== cart.customer_id
  )
  if (!inTransfer.length) {
    return
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: variants } = await query.graph({
    entity: "product_variant",
    fields: ["id", "title", "manage_inventory", "inventory_items.inventory_item_id", "inventory_items.required_quantity"],
    filters: { id: variantIds },
  })
  const needed = new Map<string, number>()
  for (const item of cart.items ?? []) {
    const variant = (variants as any[]).find((v) => v.id === item.variant_id)
    if (!variant?.manage_inventory) continue
    for (const inv of variant.inventory_items ?? []) {
      needed.set(inv.inventory_item_id, (needed.get(inv.inventory_item_id) ?? 0) + Number(inv.required_quantity ?? 1) * Number(item.quantity))
    }
  }
  const transfer = new Map<string, number>()
  for (const row of inTransfer) {
    if (needed.has(row.inventory_item_id)) {
      // A hold in place is already counted in reserved_quantity.
      const add = row.status === "held" ? 0 : Number(row.quantity)
      transfer.set(row.inventory_item_id, (transfer.get(row.inventory_item_id) ?? 0) + add)
    }
  }
  if (!transfer.size) {
    return
  }
  const levels = await container.resolve(Modules.INVENTORY).listInventoryLevels({ inventory_item_id: [...transfer.keys()] })
  for (const [inventoryItemId, held] of transfer) {
    const free = levels
      .filter((l: any) => l.inventory_item_id === inventoryItemId)
      .reduce((sum: number, l: any) => sum + Number(l.stocked_quantity) - Number(l.reserved_quantity), 0)
    if (free - held < needed.get(inventoryItemId)!) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        "An item in this cart is held for another customer's deposit and is no longer available."
      )
    }
  }
}

/**
 * A checkout's deposits (in the order they pay) and how many units of each
 * variant the order takes.
 */
export type DepositUnitsTaken = { deposits: { deposit_id: string; variant_id: string }[]; units_by_variant: Record<string, number> }

/** What releaseDepositStockUnits changed, so a failed checkout can put it back. */
export type StockUnitsReleased = {
  /** Holds given up whole (all their units go to the order). */
  whole: string[]
  /** Holds cut down: the reservation keeps `quantity − released` units. */
  partial: { row_id: string; reservation_id: string; quantity: number; released: number; transfer_row_id: string }[]
}

/**
 * Gives up, of each deposit's held stock, only the units its owner's order
 * takes now (a deposit on 3 units used for 1 keeps 2 held). A hold taken
 * whole is released as releaseDepositStock does; one taken in part has its
 * core reservation cut down to what stays held, and a released row of the
 * taken units records the transfer (it counts as held for others until the
 * order reserves the unit, see assertStockNotHeldForOthers). Under the
 * Locking module's lock on the inventory items, like every hold change.
 */
export async function releaseDepositStockUnits(
  container: MedusaContainer,
  taken: DepositUnitsTaken,
  reason: string
): Promise<StockUnitsReleased> {
  const result: StockUnitsReleased = { whole: [], partial: [] }
  const service: ItemDepositModuleService = container.resolve(ITEM_DEPOSIT_MODULE)
  const ids = [...new Set(taken.deposits.map((t) => t.deposit_id))]
  if (!ids.length) {
    return result
  }
  const held = (await service.listItemDepositReservations({ deposit_id: ids, status: "held" })) as any[]
  if (!held.length) {
    return result
  }
  const deposits = await service.listItemDeposits({ id: ids }, { select: ["id", "units", "variant_id"] })
  const wholly: string[] = []
  const cuts: { row: any; keep: number }[] = []
  const left = new Map<string, number>(Object.entries(taken.units_by_variant))
  for (const t of taken.deposits) {
    const deposit = deposits.find((d) => d.id === t.deposit_id)
    const rows = held.filter((r) => r.deposit_id === t.deposit_id)
    if (!deposit || !rows.length) continue
    // Each row holds units × the inventory item's required quantity.
    const needs = await variantNeeds(container, deposit.variant_id, 1)
    const perUnit = (row: any) => needs.find((n) => n.inventory_item_id === row.inventory_item_id)?.quantity || 1
    const heldUnits = Math.min(...rows.map((r) => Math.floor(Number(r.quantity) / perUnit(r))))
    // The order's units of the variant go to the deposits in paying order.
    const units = Math.min(left.get(deposit.variant_id) ?? 0, heldUnits)
    left.set(deposit.variant_id, (left.get(deposit.variant_id) ?? 0) - units)
    if (units <= 0) continue
    if (units >= heldUnits) {
      wholly.push(t.deposit_id)
    } else {
      for (const row of rows) cuts.push({ row, keep: Number(row.quantity) - units * perUnit(row) })
    }
  }
  if (wholly.length) {
    result.whole = [...new Set((await releaseDepositStock(container, wholly, reason)).map((r) => r.deposit_id))]
  }
  if (!cuts.length) {
    return result
  }
  const inventory = container.resolve(Modules.INVENTORY)
  const locking = container.resolve(Modules.LOCKING)
  await locking.execute([...new Set(cuts.map((c) => c.row.inventory_item_id as string))], async () => {
    for (const { row, keep } of cuts) {
      const released = Number(row.quantity) - keep
      await inventory.updateReservationItems({ id: row.reservation_id, quantity: keep })
      await service.updateItemDepositReservations({ id: row.id, quantity: keep })
      const [transfer] = (await service.createItemDepositReservations([
        {
          deposit_id: row.deposit_id,
          reservation_id: row.reservation_id,
          inventory_item_id: row.inventory_item_id,
          location_id: row.location_id,
          quantity: released,
          status: "released",
          released_at: new Date(),
          reason,
        },
      ] as any)) as unknown as any[]
      result.partial.push({ row_id: row.id, reservation_id: row.reservation_id, quantity: Number(row.quantity), released, transfer_row_id: transfer.id })
    }
  })
  return result
}

/** Undoes releaseDepositStockUnits (the checkout failed after it). */
export async function restoreDepositStockUnits(container: MedusaContainer, released: StockUnitsReleased) {
  for (const depositId of released.whole ?? []) {
    await reserveDepositStock(container, depositId, { force: true })
  }
  if (!released.partial?.length) {
    return
  }
  const service: ItemDepositModuleService = container.resolve(ITEM_DEPOSIT_MODULE)
  const inventory = container.resolve(Modules.INVENTORY)
  for (const cut of released.partial) {
    await inventory.updateReservationItems({ id: cut.reservation_id, quantity: cut.quantity })
    await service.updateItemDepositReservations({ id: cut.row_id, quantity: cut.quantity })
    // The transfer did not happen: its row no longer counts as a transfer.
    await service.updateItemDepositReservations({ id: cut.transfer_row_id, reason: "checkout_failed" })
  }
}
