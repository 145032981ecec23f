import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { payOutCustomerPurchaseWorkflow } from "../../../../../workflows/customer-purchase"
import { withStateConflicts } from "../../../../utils/state-conflict"
import { refetchCustomerPurchase } from "../../helpers"
import type { AdminPayOutCustomerPurchaseType } from "../../validators"

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminPayOutCustomerPurchaseType>,
  res: MedusaResponse
) => {
  await withStateConflicts(() =>
    payOutCustomerPurchaseWorkflow(req.scope).run({
      input: {
        purchase_id: req.params.id,
        lines: req.validatedBody.lines,
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
