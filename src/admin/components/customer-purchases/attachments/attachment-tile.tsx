import { DocumentText } from "@medusajs/icons"
import { Badge, Skeleton, Text, toast } from "@medusajs/ui"
import { useEffect, useMemo } from "react"
import { errorMessage } from "../../common/error-message"
import { openBlob } from "../../common/fetch-file"
import { fetchPurchaseAttachment, useAttachmentBlob } from "../../../hooks/customer-purchases"
import type { PurchaseAttachment } from "../types"

export const ATTACHMENT_KIND_LABELS: Record<PurchaseAttachment["kind"], string> = {
  id_document: "ID document",
  goods_photo: "Goods photo",
  other: "Other",
}

type AttachmentTileProps = { purchaseId: string; attachment: PurchaseAttachment }

/**
 * One private file: images are fetched with the admin's session and shown
 * from a blob URL (there is no public URL); other files open on click.
 */
export const AttachmentTile = ({ purchaseId, attachment }: AttachmentTileProps) => {
  const isImage = attachment.mime_type.startsWith("image/")
  const { data: blob, isLoading, isError } = useAttachmentBlob(purchaseId, attachment.id, isImage)
  const url = useMemo(() => (blob ? URL.createObjectURL(blob) : null), [blob])
  useEffect(() => () => void (url && URL.revokeObjectURL(url)), [url])

  const open = async () => {
    try {
      openBlob(
        blob ?? (await fetchPurchaseAttachment(purchaseId, attachment.id)),
        attachment.filename,
      )
    } catch (error) {
      toast.error(errorMessage(error, "Could not open the file"))
    }
  }

  return (
    <button
      type="button"
      onClick={open}
      title={`Open ${attachment.filename}`}
      className="shadow-borders-base hover:shadow-borders-interactive-with-active flex flex-col overflow-hidden rounded-lg text-left transition-shadow"
    >
      <div className="bg-ui-bg-subtle flex aspect-[4/3] w-full items-center justify-center">
        {isImage && isLoading && <Skeleton className="h-full w-full" />}
        {isImage && url && (
          <img src={url} alt={attachment.filename} className="h-full w-full object-cover" />
        )}
        {(!isImage || isError) && <DocumentText className="text-ui-fg-muted" />}
      </div>
      <div className="flex flex-col gap-y-1 px-3 py-2">
        <Text size="xsmall" weight="plus" className="truncate">
          {attachment.filename}
        </Text>
        <Badge size="2xsmall" className="self-start">
          {ATTACHMENT_KIND_LABELS[attachment.kind] ?? attachment.kind}
        </Badge>
      </div>
    </button>
  )
}
