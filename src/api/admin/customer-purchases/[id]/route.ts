import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { updateCustomerPurchaseWorkflow } from "../../../../workflows/customer-purchase"
import { withStateConflicts } from "../../../utils/state-conflict"
import { refetchCustomerPurchase } from "../helpers"
import type { AdminUpdateCustomerPurchaseType } from "../validators"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const customer_purchase = await refetchCustomerPurchase(
    req.params.id,
    req.scope,
    req.queryConfig.fields
  )
  res.json({ customer_purchase })
}

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminUpdateCustomerPurchaseType>,
  res: MedusaResponse
) => {
  await withStateConflicts(() =>
    updateCustomerPurchaseWorkflow(req.scope).run({
      input: {
        id: req.params.id,
        ...req.validatedBody,
        actor_id: req.auth_context.actor_id,
      } as any,
    })
  )
  const customer_purchase = await refetchCustomerPurchase(
    req.params.id,
    req.scope,
    req.queryConfig.fields
  )
  res.json({ customer_purchase })
}
