import type {
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import multer from "multer"
import { declaredMatches, sniffFileType } from "./sniff-file-type"

export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024
export const MAX_ATTACHMENTS_PER_UPLOAD = 10
export const MAX_FILENAME_LENGTH = 255
const ALLOWED_TYPES = /^(image\/(jpeg|png|webp|heic|heif|gif)|application\/pdf)$/

const upload = multer({
  storage: multer.memoryStorage(),
  // Browsers send file names as raw UTF-8; busboy's default (latin1) mangles "ü".
  defParamCharset: "utf8",
  limits: { fileSize: MAX_ATTACHMENT_BYTES, files: MAX_ATTACHMENTS_PER_UPLOAD },
  fileFilter: (_req, file, accept) => {
    // eslint-disable-next-line no-control-regex
    if (file.originalname.length > MAX_FILENAME_LENGTH || /[\u0000-\u001f]/.test(file.originalname)) {
      return accept(
        new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `files: a file name must be at most ${MAX_FILENAME_LENGTH} characters with no control characters ("${file.originalname
            .replace(/[\u0000-\u001f]/g, "")
            .slice(0, 40)}…")`
        )
      )
    }
    if (!ALLOWED_TYPES.test(file.mimetype)) {
      return accept(
        new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `files: "${file.originalname}" is ${file.mimetype}; only images (JPEG, PNG, WebP, HEIC, GIF) and PDFs can be attached.`
        )
      )
    }
    accept(null, true)
  },
}).array("files", MAX_ATTACHMENTS_PER_UPLOAD)

const MULTER_MESSAGES: Record<string, string> = {
  LIMIT_FILE_SIZE: `files: each file must be at most ${MAX_ATTACHMENT_BYTES / 1024 / 1024} MB`,
  LIMIT_FILE_COUNT: `files: at most ${MAX_ATTACHMENTS_PER_UPLOAD} files per upload`,
  LIMIT_UNEXPECTED_FILE: 'files: send the files in the multipart field "files"',
}

/** Parses the multipart upload, turning multer's errors into clear 400s. */
export function uploadAttachments(
  req: MedusaRequest,
  res: MedusaResponse,
  next: MedusaNextFunction
) {
  upload(req as any, res as any, (error?: any) => {
    if (error && !(error instanceof MedusaError)) {
      return next(
        new MedusaError(
          MedusaError.Types.INVALID_DATA,
          MULTER_MESSAGES[error.code] ?? `files: ${error.message}`
        )
      )
    }
    if (error) {
      return next(error)
    }
    // The declared type is the client's word: check what the bytes are.
    for (const file of ((req as any).files ?? []) as { buffer: Buffer; mimetype: string; originalname: string }[]) {
      const sniffed = sniffFileType(file.buffer)
      if (!sniffed || !declaredMatches(file.mimetype, sniffed)) {
        return next(
          new MedusaError(
            MedusaError.Types.INVALID_DATA,
            `files: "${file.originalname}" is declared ${file.mimetype} but its content is ${
              sniffed ?? "not an image or a PDF"
            }; only images (JPEG, PNG, WebP, HEIC, GIF) and PDFs can be attached.`
          )
        )
      }
    }
    next()
  })
}
