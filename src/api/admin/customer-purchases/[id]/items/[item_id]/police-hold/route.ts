import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { setPoliceHoldWorkflow } from "../../../../../../../workflows/compliance/workflows/set-police-hold"
import { withStateConflicts } from "../../../../../../utils/state-conflict"
import type { AdminPlacePoliceHoldType } from "../../../../compliance-validators"

/** Keeps the item's hold (and so its inventory reservation) indefinitely; logged with the reason. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminPlacePoliceHoldType>, res: MedusaResponse) => {
  const { result: hold } = await withStateConflicts(() =>
    setPoliceHoldWorkflow(req.scope).run({
      input: {
        purchase_id: req.params.id,
        item_id: req.params.item_id,
        on: true,
        reason: req.validatedBody.reason,
        actor_id: req.auth_context.actor_id,
      },
    })
  )
  res.json({ hold })
}
