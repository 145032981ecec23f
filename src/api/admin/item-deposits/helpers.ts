import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MathBN, MedusaError } from "@medusajs/framework/utils"
import { ITEM_DEPOSIT_MODULE } from "../../../modules/item-deposit"
import type ItemDepositModuleService from "../../../modules/item-deposit/service"
import { formatDepositNumber } from "../../../utils/deposit-number"
import { toAmount } from "../../../utils/purchase-totals"

/**
 * The fields the computed values below are made from: always read, whatever
 * `fields` a client asked for, so a narrow request still gets them right.
 */
export const DEPOSIT_COMPUTED_FROM = ["id", "display_id", "amount_per_unit", "units"]

export function withComputedFrom(fields: string[]) {
  return [...new Set([...fields, ...DEPOSIT_COMPUTED_FROM])]
}

/**
 * Adds what clients want and the deposit row does not store: its number,
 * what was paid, and what is left (from the ledger), in money and in units.
 */
export async function withRemaining(scope: MedusaContainer, deposits: any[]) {
  const service: ItemDepositModuleService = scope.resolve(ITEM_DEPOSIT_MODULE)
  const remaining = await service.retrieveRemainingAmounts(deposits.map((d) => d.id))
  return deposits.map((deposit) => {
    const left = remaining[deposit.id]
    return {
      ...deposit,
      number: formatDepositNumber(deposit.display_id),
      total_amount: toAmount(MathBN.mult(deposit.amount_per_unit, deposit.units)),
      remaining_amount: toAmount(left),
      remaining_units: Math.floor(toAmount(MathBN.div(left, deposit.amount_per_unit))),
    }
  })
}

export async function refetchItemDeposit(id: string, scope: MedusaContainer, fields: string[]) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "item_deposit",
    fields: withComputedFrom(fields),
    filters: { id },
  })
  if (!data[0]) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Item deposit with id: ${id} was not found`)
  }
  const [deposit] = await withRemaining(scope, data)
  return deposit
}
