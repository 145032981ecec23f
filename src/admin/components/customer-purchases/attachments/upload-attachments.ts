export const MAX_ATTACHMENT_FILES = 10
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024

/** Why these files cannot be uploaded (the route's own limits), or null. */
export function attachmentFilesProblem(files: File[]): string | null {
  if (files.length === 0) return "Choose at least one file."
  if (files.length > MAX_ATTACHMENT_FILES) {
    return `Upload at most ${MAX_ATTACHMENT_FILES} files at a time.`
  }
  const wrongType = files.find(
    (file) => !file.type.startsWith("image/") && file.type !== "application/pdf",
  )
  if (wrongType) return `${wrongType.name} is not an image or a PDF.`
  const tooBig = files.find((file) => file.size > MAX_ATTACHMENT_BYTES)
  if (tooBig) return `${tooBig.name} is larger than 10 MB.`
  return null
}
