import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { addCustomerPurchaseItemsWorkflow } from "../../../../../workflows/customer-purchase"
import { withStateConflicts } from "../../../../utils/state-conflict"
import { refetchCustomerPurchase } from "../../helpers"
import type { AdminAddCustomerPurchaseItemsType } from "../../validators"
import { purchaseSerialWarnings } from "../../../../../workflows/compliance/utils/serial-checks"

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminAddCustomerPurchaseItemsType>,
  res: MedusaResponse
) => {
  await withStateConflicts(() =>
    addCustomerPurchaseItemsWorkflow(req.scope).run({
      input: {
        purchase_id: req.params.id,
        items: req.validatedBody.items,
        blocked_serial_override: req.validatedBody.blocked_serial_override,
        actor_id: req.auth_context.actor_id,
      },
    })
  )
  const customer_purchase = await refetchCustomerPurchase(
    req.params.id,
    req.scope,
    req.queryConfig.fields
  )
  res.json({ customer_purchase, serial_warnings: await purchaseSerialWarnings(req.scope, customer_purchase) })
}
