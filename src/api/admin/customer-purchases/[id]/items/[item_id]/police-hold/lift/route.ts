import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { setPoliceHoldWorkflow } from "../../../../../../../../workflows/compliance/workflows/set-police-hold"
import { withStateConflicts } from "../../../../../../../utils/state-conflict"
import type { AdminLiftPoliceHoldType } from "../../../../../compliance-validators"

/** Lifts a police hold: the hold ends at its release date again (the job releases it if that has passed). */
export const POST = async (req: AuthenticatedMedusaRequest<AdminLiftPoliceHoldType>, res: MedusaResponse) => {
  const { result: hold } = await withStateConflicts(() =>
    setPoliceHoldWorkflow(req.scope).run({
      input: {
        purchase_id: req.params.id,
        item_id: req.params.item_id,
        on: false,
        reason: req.validatedBody.reason,
        actor_id: req.auth_context.actor_id,
      },
    })
  )
  res.json({ hold })
}
