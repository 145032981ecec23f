import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { addCustomerPurchaseNoteWorkflow } from "../../../../../workflows/customer-purchase"
import type { AdminAddCustomerPurchaseNoteType } from "../../validators"

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminAddCustomerPurchaseNoteType>,
  res: MedusaResponse
) => {
  const { result: activity } = await addCustomerPurchaseNoteWorkflow(req.scope).run({
    input: {
      purchase_id: req.params.id,
      item_id: req.validatedBody.item_id,
      note: req.validatedBody.note,
      actor_id: req.auth_context.actor_id,
    },
  })
  res.status(201).json({ activity })
}
