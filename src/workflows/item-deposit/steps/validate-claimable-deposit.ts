import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"
import { ITEM_DEPOSIT_MODULE } from "../../../modules/item-deposit"
import type ItemDepositModuleService from "../../../modules/item-deposit/service"

export const validateClaimableDepositStepId = "validate-claimable-deposit"

/** The one answer for every code that cannot be claimed: a guesser learns nothing. */
export const UNCLAIMABLE = "No unclaimed deposit matches this claim code."

/**
 * Only a deposit recorded for a walk-in customer record (one without an
 * online account) can be claimed: a deposit that already belongs to an
 * account stays there, whoever holds its slip.
 */
export const validateClaimableDepositStep = createStep(
  validateClaimableDepositStepId,
  async ({ claim_code }: { claim_code: string }, { container }) => {
    const service: ItemDepositModuleService = container.resolve(ITEM_DEPOSIT_MODULE)
    const [deposit] = await service.listItemDeposits({ claim_code }, { take: 1 })
    if (!deposit || deposit.claimed_at) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, UNCLAIMABLE)
    }
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: [owner] } = await query.graph({
      entity: "customer",
      fields: ["id", "has_account"],
      filters: { id: deposit.customer_id },
    })
    if (!owner || owner.has_account) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, UNCLAIMABLE)
    }
  }
)
