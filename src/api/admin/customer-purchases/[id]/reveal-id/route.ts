import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { revealSellerIdNumberWorkflow } from "../../../../../workflows/customer-purchase"
import type { AdminRevealSellerIdType } from "../../validators"

/** The only response that carries the seller's full ID number; logged. */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminRevealSellerIdType>,
  res: MedusaResponse
) => {
  const { result: id_document } = await revealSellerIdNumberWorkflow(req.scope).run({
    input: {
      purchase_id: req.params.id,
      reason: req.validatedBody.reason,
      actor_id: req.auth_context.actor_id,
    },
  })
  res.set("Cache-Control", "no-store")
  res.json({ id_document })
}
