import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { addCustomerPurchaseAttachmentsWorkflow } from "../../../../../workflows/customer-purchase"

/**
 * Multipart upload (field `files`, one or more images or PDFs). The files
 * are stored privately; the response lists the attachments, each readable
 * only through GET .../attachments/:attachment_id with an admin token.
 */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const files = (req as any).files as
    | { originalname: string; mimetype: string; size: number; buffer: Buffer }[]
    | undefined
  if (!files?.length) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "files: attach at least one file (multipart/form-data field \"files\")"
    )
  }
  const { kind } = req.validatedQuery as { kind: "id_document" | "goods_photo" | "other" }
  const { result: attachments } = await addCustomerPurchaseAttachmentsWorkflow(
    req.scope
  ).run({
    input: {
      purchase_id: req.params.id,
      kind,
      files: files.map((file) => ({
        filename: file.originalname,
        mime_type: file.mimetype,
        size: file.size,
        content: file.buffer,
      })),
      actor_id: req.auth_context.actor_id,
    },
  })
  res.status(201).json({ attachments })
}
