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

  let stream: NodeJS.ReadableStream
  try {
    stream = await req.scope.resolve(Modules.FILE).getDownloadStream(attachment.file_id)
    // A missing file (file-local) fails on the first read, not on opening:
    // wait for the first bytes before any header goes out.
    await new Promise<void>((resolve, reject) => {
      stream.once("readable", () => resolve())
      stream.once("end", () => resolve())
      stream.once("error", reject)
    })
  } catch (error: any) {
    // The file is gone from the File module (deleted by other code or by hand).
    req.scope
      .resolve(ContainerRegistrationKeys.LOGGER)
      .warn(`Attachment ${attachment.id} of purchase ${req.params.id}: file ${attachment.file_id} is missing (${error?.message})`)
    throw Object.assign(
      new Error(`The file of attachment ${attachment.id} ("${attachment.filename}") no longer exists.`),
      { status: 410, statusCode: 410, expose: true }
    )
  }
  res.setHeader("Content-Type", attachment.mime_type)
  res.setHeader("Content-Disposition", contentDisposition(attachment.filename))
  res.setHeader("Cache-Control", "private, no-store")
  res.setHeader("X-Content-Type-Options", "nosniff")
  stream.on("error", (error) => res.destroy(error))
  stream.pipe(res)
}

/**
 * `inline` with an ASCII fallback name and the exact name in RFC 5987's
 * `filename*` (UTF-8, percent-encoded), so "Führerschein.jpg" downloads as
 * itself and no quote or control character can break the header.
 */
function contentDisposition(filename: string) {
  const fallback = filename.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_")
  const encoded = encodeURIComponent(filename).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
  return `inline; filename="${fallback}"; filename*=UTF-8''${encoded}`
}
