import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { claimItemDepositWorkflow } from "../../../../../../workflows/item-deposit"
import { withRemaining } from "../../../../../admin/item-deposits/helpers"
import { defaultStoreItemDepositFields } from "../query-config"
import type { StoreClaimItemDepositType } from "../validators"

/**
 * Attaches a deposit taken in store to the logged-in customer, with the
 * claim code printed on the slip. Knowing the customer's email is not
 * enough: only the holder of the slip has the code.
 */
export const POST = async (
  req: AuthenticatedMedusaRequest<StoreClaimItemDepositType>,
  res: MedusaResponse
) => {
  const { result } = await claimItemDepositWorkflow(req.scope).run({
    input: {
      claim_code: req.validatedBody.claim_code.toUpperCase(),
      customer_id: req.auth_context.actor_id,
    },
  })
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "item_deposit",
    fields: defaultStoreItemDepositFields,
    filters: { id: result.id },
  })
  const [item_deposit] = await withRemaining(req.scope, data)
  res.json({ item_deposit })
}
