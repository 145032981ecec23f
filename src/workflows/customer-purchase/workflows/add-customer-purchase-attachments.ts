import {
  createWorkflow,
  transform,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { uploadFilesWorkflow, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { createPurchaseAttachmentsStep } from "../steps/create-purchase-attachments"
import { createPurchaseActivitiesStep } from "../steps/create-purchase-activities"

export type AddCustomerPurchaseAttachmentsWorkflowInput = {
  purchase_id: string
  kind: "id_document" | "goods_photo" | "other"
  files: { filename: string; mime_type: string; size: number; content: Buffer }[]
  actor_id?: string
}

export const addCustomerPurchaseAttachmentsWorkflowId =
  "add-customer-purchase-attachments"

/**
 * Keeps files with a purchase (a photo of the seller's ID, of the goods).
 * They are uploaded as PRIVATE files of the File module: no public URL is
 * ever made for them; admins read them through the attachment route.
 */
export const addCustomerPurchaseAttachmentsWorkflow = createWorkflow(
  addCustomerPurchaseAttachmentsWorkflowId,
  (input: WorkflowData<AddCustomerPurchaseAttachmentsWorkflowInput>) => {
    useQueryGraphStep({
      entity: "customer_purchase",
      fields: ["id"],
      filters: { id: input.purchase_id },
      options: { throwIfKeyNotFound: true },
    })

    const uploaded = uploadFilesWorkflow.runAsStep({
      input: transform({ input }, ({ input }) => ({
        files: input.files.map((file) => ({
          filename: file.filename,
          mimeType: file.mime_type,
          content: Buffer.from(file.content).toString("base64"),
          access: "private" as const,
        })),
      })),
    })

    const attachments = createPurchaseAttachmentsStep(
      transform({ input, uploaded }, ({ input, uploaded }) =>
        input.files.map((file, index) => ({
          purchase_id: input.purchase_id,
          file_id: uploaded[index].id,
          filename: file.filename,
          mime_type: file.mime_type,
          size: file.size,
          kind: input.kind,
          uploaded_by: input.actor_id ?? null,
        }))
      )
    )

    createPurchaseActivitiesStep(
      transform({ input, attachments }, ({ input, attachments }) =>
        attachments.map((attachment) => ({
          purchase_id: input.purchase_id,
          type: "attachment_added",
          actor_id: input.actor_id ?? null,
          note: attachment.filename,
          data: { attachment_id: attachment.id, kind: attachment.kind },
        }))
      )
    )

    return new WorkflowResponse(attachments)
  }
)
