import { model } from "@medusajs/framework/utils"
import { CustomerPurchaseItem } from "./customer-purchase-item"
import { PurchaseActivity } from "./purchase-activity"
import { PurchaseAttachment } from "./purchase-attachment"
import { PurchasePayout } from "./purchase-payout"

/**
 * One transaction with one member of the public who sells goods to the store.
 *
 * The seller's identity is kept as shown on the day, independently of the
 * customer record, because the customer may later change their details while
 * the purchase must still say who the goods were bought from.
 */
export const CustomerPurchase = model
  .define("customer_purchase", {
    id: model.id({ prefix: "cpur" }).primaryKey(),
    // Human-friendly number printed on receipts as P-<display_id>.
    display_id: model.autoincrement().searchable(),
    status: model
      .enum(["draft", "paid", "completed", "cancelled"])
      .default("draft"),
    customer_id: model.text(),
    currency_code: model.text(),
    seller_first_name: model.text().searchable(),
    seller_last_name: model.text().searchable(),
    seller_email: model.text().nullable(),
    seller_phone: model.text().nullable(),
    seller_address: model.json().nullable(),
    id_document_type: model
      .enum(["passport", "driving_licence", "national_id", "residence_permit", "other"])
      .nullable(),
    // The full number is only read by the reveal route; every list and read
    // excludes it (see the query configs), showing id_number_last4 instead.
    id_document_number: model.text().nullable(),
    id_document_last4: model.text().nullable(),
    id_document_expires_at: model.dateTime().nullable(),
    notes: model.text().nullable(),
    paid_at: model.dateTime().nullable(),
    completed_at: model.dateTime().nullable(),
    cancelled_at: model.dateTime().nullable(),
    metadata: model.json().nullable(),
    // Compliance: optional identity field, a legal hold exempting the purchase
    // from the retention purge, and when the purge ran.
    seller_date_of_birth: model.dateTime().nullable(),
    legal_hold: model.boolean().default(false),
    legal_hold_reason: model.text().nullable(),
    id_number_purged_at: model.dateTime().nullable(),
    id_images_purged_at: model.dateTime().nullable(),
    items: model.hasMany(() => CustomerPurchaseItem, { mappedBy: "purchase" }),
    activities: model.hasMany(() => PurchaseActivity, { mappedBy: "purchase" }),
    attachments: model.hasMany(() => PurchaseAttachment, {
      mappedBy: "purchase",
    }),
    payout: model.hasOne(() => PurchasePayout, { mappedBy: "purchase" }).nullable(),
  })
  // Trigram indexes on the seller's names (the list's `q`) are in the
  // hand-written migration Migration20261202145600: DML cannot name an
  // operator class.
  .indexes([
    { on: ["customer_id"] },
    { on: ["status"] },
    { on: ["created_at"] },
    // `q` = a purchase number (P-1234).
    { on: ["display_id"] },
    // `q` = the last four characters of the seller's ID number (the only
    // searchable form of it: the full number may be encrypted).
    { on: ["id_document_last4"] },
    // The live purchases' ids alone (partial: deleted_at IS NULL, as every
    // DML index): counting the list's `item_status` semi-join reads them
    // from this index instead of scanning the table (the primary key has
    // no deleted_at to filter on).
    { on: ["id"] },
  ])
  // A purchase never goes with its items left live (the list's item_status
  // count reads the items alone). Activities are append-only and stay.
  .cascades({ delete: ["items"] })
