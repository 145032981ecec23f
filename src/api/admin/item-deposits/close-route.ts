import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import {
  closeItemDepositWorkflow,
  CloseItemDepositWorkflowInput,
} from "../../../workflows/item-deposit"
import { withStateConflicts } from "../../utils/state-conflict"
import { refetchItemDeposit } from "./helpers"

/**
 * The three ways a deposit closes share one workflow; each route only says
 * which, and maps its body onto the workflow's input.
 */
export function closeDepositRoute(
  type: CloseItemDepositWorkflowInput["type"],
  toInput: (body: any) => Pick<CloseItemDepositWorkflowInput, "reason" | "reference">
) {
  return async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
    await withStateConflicts(() =>
      closeItemDepositWorkflow(req.scope).run({
        input: {
          id: req.params.id,
          type,
          ...toInput(req.validatedBody),
          actor_id: req.auth_context.actor_id,
        },
      })
    )
    const item_deposit = await refetchItemDeposit(req.params.id, req.scope, req.queryConfig.fields)
    res.json({ item_deposit })
  }
}
