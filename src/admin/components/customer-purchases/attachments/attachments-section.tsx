import { ArrowUpTray, PaperClip } from "@medusajs/icons"
import { Button, Container, Heading, Select, Text, toast } from "@medusajs/ui"
import { useRef, useState } from "react"
import { EmptyState } from "../../common/empty-state"
import { errorMessage } from "../../common/error-message"
import { useUploadPurchaseAttachments } from "../../../hooks/customer-purchases"
import type { CustomerPurchase, PurchaseAttachment } from "../types"
import { ATTACHMENT_KIND_LABELS, AttachmentTile } from "./attachment-tile"
import { attachmentFilesProblem } from "./upload-attachments"

/** The seller's ID photo, photos of the goods and other private files. */
export const AttachmentsSection = ({ purchase }: { purchase: CustomerPurchase }) => {
  const [kind, setKind] = useState<PurchaseAttachment["kind"]>("goods_photo")
  const input = useRef<HTMLInputElement>(null)
  const upload = useUploadPurchaseAttachments(purchase.id)
  const attachments = purchase.attachments ?? []

  const onFiles = (list: FileList | null) => {
    const files = Array.from(list ?? [])
    if (input.current) input.current.value = ""
    if (!files.length) return
    const problem = attachmentFilesProblem(files)
    if (problem) {
      toast.error(problem)
      return
    }
    upload.mutate(
      { files, kind },
      {
        onSuccess: ({ attachments: added }) =>
          toast.success(`${added.length} file${added.length === 1 ? "" : "s"} uploaded`),
        onError: (error) => toast.error(errorMessage(error)),
      },
    )
  }

  return (
    <Container className="divide-y p-0">
      <div className="flex flex-wrap items-center justify-between gap-2 px-6 py-4">
        <div>
          <Heading level="h2">Attachments</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Private files: images or PDFs, up to 10 MB each.
          </Text>
        </div>
        <div className="flex items-center gap-x-2">
          <Select size="small" value={kind} onValueChange={(v) => setKind(v as typeof kind)}>
            <Select.Trigger aria-label="Attachment kind" className="w-36">
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              {Object.entries(ATTACHMENT_KIND_LABELS).map(([value, label]) => (
                <Select.Item key={value} value={value}>
                  {label}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
          <input
            ref={input}
            type="file"
            multiple
            hidden
            accept="image/*,application/pdf"
            data-testid="attachment-input"
            onChange={(e) => onFiles(e.target.files)}
          />
          <Button
            size="small"
            variant="secondary"
            isLoading={upload.isPending}
            onClick={() => input.current?.click()}
          >
            <ArrowUpTray />
            Upload
          </Button>
        </div>
      </div>
      {attachments.length === 0 ? (
        <EmptyState
          icon={<PaperClip />}
          heading="No attachments"
          description="Upload a photo of the seller's ID or of the goods."
        />
      ) : (
        <div className="grid grid-cols-2 gap-3 px-6 py-4 md:grid-cols-4">
          {attachments.map((attachment) => (
            <AttachmentTile key={attachment.id} purchaseId={purchase.id} attachment={attachment} />
          ))}
        </div>
      )}
    </Container>
  )
}
