import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import {
  ContainerRegistrationKeys,
  MedusaError,
  Modules,
} from "@medusajs/framework/utils"

/**
 * Streams an attachment to an admin. This route is the only way to a
 * purchase's files: they are private in the File module and have no URL.
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "purchase_attachment",
    fields: ["id", "file_id", "filename", "mime_type", "size"],
    filters: { id: req.params.attachment_id, purchase_id: req.params.id },
  })
  const attachment = data[0]
  if (!attachment) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Attachment with id: ${req.params.attachment_id} was not found in purchase ${req.params.id}`
    )
  }

  const stream = await req.scope
    .resolve(Modules.FILE)
    .getDownloadStream(attachment.file_id)
  res.setHeader("Content-Type", attachment.mime_type)
  res.setHeader(
    "Content-Disposition",
    `inline; filename="${encodeURIComponent(attachment.filename)}"`
  )
  res.setHeader("Cache-Control", "private, no-store")
  res.setHeader("X-Content-Type-Options", "nosniff")
  stream.on("error", (error) => res.destroy(error))
  stream.pipe(res)
}
