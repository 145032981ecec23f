import { model } from "@medusajs/framework/utils"
import { CustomerPurchase } from "./customer-purchase"

/**
 * A file kept with a purchase (the seller's ID, photos of the goods). The
 * bytes live in the File module as a private file; this row only points at
 * it, and the file is only ever streamed through an admin route.
 */
export const PurchaseAttachment = model
  .define(
    { name: "PurchaseAttachment", tableName: "customer_purchase_attachment" },
    {
    id: model.id({ prefix: "cpatt" }).primaryKey(),
    file_id: model.text(),
    filename: model.text(),
    mime_type: model.text(),
    size: model.number(),
    kind: model.enum(["id_document", "goods_photo", "other"]).default("other"),
    uploaded_by: model.text().nullable(),
    purchase: model.belongsTo(() => CustomerPurchase, {
      mappedBy: "attachments",
    }),
  })
  .indexes([{ on: ["purchase_id"] }])
