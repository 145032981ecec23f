import type { MedusaContainer } from "@medusajs/framework/types"
import { MathBN, MedusaError } from "@medusajs/framework/utils"
import { ITEM_DEPOSIT_MODULE } from "../../../modules/item-deposit"
import type ItemDepositModuleService from "../../../modules/item-deposit/service"
import { depositLineOf } from "./online-deposit-rules"

type CompletingCart = {
  id: string
  total?: any
  customer_id?: string | null
  customer?: { id: string; has_account?: boolean | null } | null
  items?: { id: string; quantity: any; total?: any; metadata?: Record<string, unknown> | null }[] | null
}

const refused = (message: string) => new MedusaError(MedusaError.Types.NOT_ALLOWED, message)

/**
 * The online deposit lines of a cart being completed (see
 * ITEM_DEPOSIT_LINE_METADATA_KEY), checked where the order is about to be
 * made from them, because the cart may have changed since they were added:
 * - the cart belongs to a customer with an account (the deposit is theirs);
 * - at most one deposit line per variant and one top-up line per deposit
 *   (each becomes exactly one ledger entry);
 * - a top-up's deposit is still the customer's and active, and its line
 *   still has one unit per deposit unit (a quantity changed through core's
 *   line-item route would top up the wrong amount);
 * - unless the settings allow it, no store credit, gift card or other
 *   deposit pays for a deposit line: what is left to pay (the cart total
 *   after credit lines) must cover the deposit lines.
 * Costs nothing on a cart without such lines.
 */
export async function validateOnlineDepositLines(container: MedusaContainer, cart: CompletingCart) {
  const lines = (cart.items ?? []).map((item) => ({ item, meta: depositLineOf(item) })).filter((l) => l.meta)
  if (!lines.length) {
    return
  }
  const customerId = cart.customer?.id ?? cart.customer_id
  if (!customerId || cart.customer?.has_account !== true) {
    throw refused("A deposit can only be bought by a logged-in customer: log in and try again.")
  }
  const variants = new Set<string>()
  const topUps = new Map<string, (typeof lines)[number]["item"]>()
  for (const { item, meta } of lines) {
    if (meta!.kind === "deposit") {
      if (variants.has(meta!.variant_id)) {
        throw refused(`The cart has two deposit lines for variant ${meta!.variant_id}: remove one and try again.`)
      }
      variants.add(meta!.variant_id)
    } else {
      if (topUps.has(meta!.deposit_id)) {
        throw refused(`The cart tops up deposit ${meta!.deposit_id} twice: remove one line and try again.`)
      }
      topUps.set(meta!.deposit_id, item)
    }
  }
  const service: ItemDepositModuleService = container.resolve(ITEM_DEPOSIT_MODULE)
  if (topUps.size) {
    const deposits = await service.listItemDeposits({ id: [...topUps.keys()] }, { select: ["id", "customer_id", "status", "units"] })
    for (const [depositId, item] of topUps) {
      const deposit = deposits.find((d) => d.id === depositId)
      if (!deposit || deposit.customer_id !== customerId || deposit.status !== "active") {
        throw refused(`Deposit ${depositId} can no longer be topped up: remove its line from the cart.`)
      }
      if (!MathBN.eq(item.quantity, deposit.units)) {
        throw refused(`The top-up line of deposit ${depositId} must have quantity ${deposit.units} (one per deposited unit).`)
      }
    }
  }
  const settings = await service.retrieveDepositSettings()
  if (!settings.online_payable_with_credit) {
    const depositLineTotal = MathBN.sum(0, ...lines.map((l) => l.item.total ?? 0))
    if (MathBN.lt(cart.total ?? 0, depositLineTotal)) {
      throw refused(
        "A deposit line must be paid by a payment, not by store credit, a gift card or another deposit: remove the credit from the cart, or buy the deposit in a cart of its own."
      )
    }
  }
}
