import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { cancelCustomerPurchaseWorkflow } from "../../../../../workflows/customer-purchase"
import { withStateConflicts } from "../../../../utils/state-conflict"
import { refetchCustomerPurchase } from "../../helpers"
import type { AdminCancelCustomerPurchaseType } from "../../validators"

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminCancelCustomerPurchaseType>,
  res: MedusaResponse
) => {
  await withStateConflicts(() =>
    cancelCustomerPurchaseWorkflow(req.scope).run({
      input: {
        id: req.params.id,
        reason: req.validatedBody.reason,
        actor_id: req.auth_context.actor_id,
      },
    })
  )
  const customer_purchase = await refetchCustomerPurchase(
    req.params.id,
    req.scope,
    req.queryConfig.fields
  )
  res.json({ customer_purchase })
}
