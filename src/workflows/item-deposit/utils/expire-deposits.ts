import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { ITEM_DEPOSIT_MODULE } from "../../../modules/item-deposit"
import type ItemDepositModuleService from "../../../modules/item-deposit/service"
import { ItemDepositEvents } from "../../../types/item-deposit"
import { formatDepositNumber } from "../../../utils/deposit-number"
import { toAmount } from "../../../utils/purchase-totals"
import { closeItemDepositWorkflow } from "../workflows/close-item-deposit"
import { releaseDepositStock } from "./deposit-stock"

const DAY_MS = 24 * 60 * 60 * 1000

/** A claim with no outcome this old belongs to a run that died: take it again. */
export const STALE_EXPIRY_CLAIM_MS = 15 * 60 * 1000

type ExpiryRow = {
  id: string
  display_id: number
  customer_id: string
  variant_id: string
  currency_code: string
  amount_per_unit: string
  units: number
  expires_at: Date
}

/**
 * What a notification needs about a deposit, for the expiry events: who,
 * which variant, how much is left and when it lapses.
 */
async function eventData(service: ItemDepositModuleService, rows: ExpiryRow[]) {
  const remaining = await service.retrieveRemainingAmounts(rows.map((r) => r.id))
  return rows.map((row) => ({
    id: row.id,
    number: formatDepositNumber(row.display_id),
    customer_id: row.customer_id,
    variant_id: row.variant_id,
    currency_code: row.currency_code,
    amount_per_unit: toAmount(row.amount_per_unit),
    units: row.units,
    remaining_amount: toAmount(remaining[row.id]),
    expires_at: new Date(row.expires_at).toISOString(),
  }))
}

/**
 * The expiry job's work, with the clock passed in (tests move it):
 * 1. `item_deposit.expiring` for active deposits that lapse within the
 *    settings' reminder_days_before, once per deposit;
 * 2. for active deposits whose expires_at passed, the merchant's rule, once:
 *    `keep` (stays usable, recorded), `store_credit` (all that is left into
 *    the customer's loyalty store credit, through closeItemDepositWorkflow),
 *    `refund_due` (status refund_due: no checkout uses it until the merchant
 *    refunds it); stock held for it is released unless kept; then
 *    `item_deposit.expired`.
 * Each deposit is claimed by one UPDATE first, so two processes running the
 * job never handle one deposit twice. Returns what it did.
 */
export async function runDepositExpiry(container: MedusaContainer, { now = new Date() }: { now?: Date } = {}) {
  const service: ItemDepositModuleService = container.resolve(ITEM_DEPOSIT_MODULE)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const eventBus = container.resolve(Modules.EVENT_BUS)
  const settings = await service.retrieveDepositSettings()

  const reminded: ExpiryRow[] = settings.reminder_days_before > 0
    ? await service.claimExpiryReminders({ now, until: new Date(now.getTime() + settings.reminder_days_before * DAY_MS) })
    : []
  const reminders = await eventData(service, reminded)
  if (reminders.length) {
    await eventBus.emit(
      reminders.map((data) => ({
        name: ItemDepositEvents.EXPIRING,
        data: { ...data, days_left: Math.ceil((new Date(data.expires_at).getTime() - now.getTime()) / DAY_MS) },
      }))
    )
  }

  const claimed: ExpiryRow[] = await service.claimExpiredDeposits({
    now,
    stale_before: new Date(now.getTime() - STALE_EXPIRY_CLAIM_MS),
  })
  const expired: { id: string; outcome: string }[] = []
  for (const data of await eventData(service, claimed)) {
    try {
      let outcome: "kept" | "converted" | "refund_due" = "kept"
      let storeCreditAccountId: string | undefined
      if (settings.expiry_rule === "store_credit" && data.remaining_amount > 0) {
        const { result } = await closeItemDepositWorkflow(container).run({
          input: { id: data.id, type: "conversion", reason: `Expired on ${data.expires_at.slice(0, 10)}` },
        })
        storeCreditAccountId = (result as any).store_credit_account_id
        outcome = "converted"
      } else if (settings.expiry_rule === "refund_due") {
        outcome = "refund_due"
      }
      await service.recordExpiryOutcome(data.id, outcome)
      if (outcome !== "kept") {
        await releaseDepositStock(container, data.id, "expired")
      }
      logger.info(`Item deposit ${data.number} expired (${data.expires_at}): ${outcome}`)
      await eventBus.emit({
        name: ItemDepositEvents.EXPIRED,
        data: { ...data, outcome, ...(storeCreditAccountId && { store_credit_account_id: storeCreditAccountId }) },
      })
      expired.push({ id: data.id, outcome })
    } catch (error: any) {
      // Closed or used meanwhile, or store credit failed: give the claim
      // back so the next run looks again (a closed deposit is not active
      // any more and will not be picked).
      await service.unclaimExpiry(data.id)
      logger.warn(`Item deposit ${data.number} expired but its rule could not be applied: ${error?.message}`)
    }
  }
  return { reminded: reminders.map((r) => r.id), expired }
}
