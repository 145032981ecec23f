import type {
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { stateConflict } from "../../../../utils/errors"
import { formatPurchaseNumber } from "../../../../utils/purchase-number"
import { withStateConflicts } from "../../../utils/state-conflict"

/**
 * Core's DELETE /admin/uploads/:id deletes any file of the File module. A
 * purchase's attachments (the seller's ID photo, photos of the goods) are the
 * evidence of the purchase: deleting one through that route answers 409.
 */
export async function protectPurchaseFiles(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  try {
    const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "purchase_attachment",
      fields: ["id", "filename", "purchase.display_id"],
      filters: { file_id: req.params.id },
    })
    if (data.length) {
      const attachment = data[0] as any
      await withStateConflicts(async () => {
        throw stateConflict(
          `File ${req.params.id} ("${attachment.filename}") is attached to purchase ${formatPurchaseNumber(
            attachment.purchase?.display_id
          )} as evidence and cannot be deleted.`
        )
      })
    }
    next()
  } catch (error) {
    next(error)
  }
}
