import { z } from "@medusajs/framework/zod"
import {
  ID_DOCUMENT_TYPES,
  ITEM_CONDITIONS,
} from "../../../types/customer-purchase"
import { field } from "../../utils/field-error"
import {
  address,
  amount as money,
  count,
  currencyCode,
  dateFilter,
  email,
  findParams,
  id,
  isoDate,
  LIMITS,
  metadata,
  notes,
  oneOrMany,
  optionalText,
  fieldsParam,
  searchText,
  text,
} from "../../utils/validation"

/** Money as a JSON number or a decimal string ("12.50"), never negative. */
const amount = money()
const positiveAmount = money({ positive: true })

export const AdminGetCustomerPurchaseParams = z.object({ fields: fieldsParam.optional() })
export type AdminGetCustomerPurchaseParamsType = z.infer<
  typeof AdminGetCustomerPurchaseParams
>

export const AdminGetCustomerPurchasesParams = findParams({
  limit: 20,
  orderable: ["created_at", "updated_at", "display_id", "status", "paid_at", "completed_at", "seller_last_name", "seller_first_name"],
}).merge(
  z.object({
    q: searchText(),
    id: oneOrMany(id()).optional(),
    status: oneOrMany(z.enum(["draft", "paid", "completed", "cancelled"])).optional(),
    customer_id: oneOrMany(id()).optional(),
    item_status: oneOrMany(text(64)).optional(),
    created_at: dateFilter().optional(),
  })
)
export type AdminGetCustomerPurchasesParamsType = z.infer<
  typeof AdminGetCustomerPurchasesParams
>

const IdDocument = z.object({
  type: z.enum(ID_DOCUMENT_TYPES),
  number: text(64),
  expires_at: isoDate().nullish(),
})

const Seller = z
  .object({
    first_name: text().optional(),
    last_name: text().optional(),
    email: email().nullish(),
    phone: optionalText(64),
    address: address().nullish(),
    id_document: IdDocument.nullish(),
    date_of_birth: isoDate().nullish(),
  })
  .strict()

/** Buys a serial on the blocked list anyway; the reason is logged (README "Compliance"). */
const BlockedSerialOverride = z.object({ reason: text(1000) }).strict()

export const PurchaseItem = z
  .object({
    title: text(),
    variant_id: id().nullish(),
    serial_number: optionalText(),
    condition: z.enum(ITEM_CONDITIONS).nullish(),
    quantity: count().default(1),
    unit_price: amount,
    refurbishment_cost: amount.optional(),
    notes: notes(),
    metadata: metadata(),
  })
  .strict()

export const AdminCreateCustomerPurchase = z
  .object({
    customer_id: id().optional(),
    customer: z
      .object({
        first_name: text(),
        last_name: text(),
        email: email().nullish(),
        phone: optionalText(64),
      })
      .strict()
      .optional(),
    seller: Seller.optional(),
    currency_code: currencyCode(),
    notes: notes(),
    items: z.array(PurchaseItem).max(LIMITS.maxItems).optional(),
    metadata: metadata(),
    blocked_serial_override: BlockedSerialOverride.optional(),
  })
  .strict()
  .refine((body) => !!body.customer_id !== !!body.customer, {
    path: ["customer_id"],
    ...field("pass either customer_id (an existing customer) or customer (a new one), not both"),
  })
export type AdminCreateCustomerPurchaseType = z.infer<typeof AdminCreateCustomerPurchase>

export const AdminUpdateCustomerPurchase = z
  .object({
    seller: Seller.optional(),
    notes: notes(),
    metadata: metadata(),
  })
  .strict()
export type AdminUpdateCustomerPurchaseType = z.infer<typeof AdminUpdateCustomerPurchase>

export const AdminAddCustomerPurchaseItems = z
  .object({
    items: z.array(PurchaseItem).min(1).max(LIMITS.maxItems),
    blocked_serial_override: BlockedSerialOverride.optional(),
  })
  .strict()
export type AdminAddCustomerPurchaseItemsType = z.infer<typeof AdminAddCustomerPurchaseItems>

export const AdminUpdateCustomerPurchaseItem = PurchaseItem.partial()
  .extend({ quantity: count().optional(), blocked_serial_override: BlockedSerialOverride.optional() })
  .strict()
  .refine(
    ({ blocked_serial_override: _override, ...body }) => Object.keys(body).length > 0,
    "body: must change at least one field"
  )
export type AdminUpdateCustomerPurchaseItemType = z.infer<typeof AdminUpdateCustomerPurchaseItem>

export const AdminUpdateItemStatus = z
  .object({ status: text(64), note: optionalText(LIMITS.longText) })
  .strict()
export type AdminUpdateItemStatusType = z.infer<typeof AdminUpdateItemStatus>

export const AdminAddCustomerPurchaseNote = z
  .object({ note: text(LIMITS.longText), item_id: id().nullish() })
  .strict()
export type AdminAddCustomerPurchaseNoteType = z.infer<typeof AdminAddCustomerPurchaseNote>

export const AdminRevealSellerId = z
  .object({ reason: optionalText(500) })
  .strict()
export type AdminRevealSellerIdType = z.infer<typeof AdminRevealSellerId>

export const AdminPayOutCustomerPurchase = z
  .object({
    lines: z
      .array(
        z
          .object({
            method_id: text(64),
            amount: positiveAmount,
            reference: optionalText(),
          })
          .strict()
      )
      .min(1)
      .max(20),
  })
  .strict()
export type AdminPayOutCustomerPurchaseType = z.infer<typeof AdminPayOutCustomerPurchase>

export const AdminCancelCustomerPurchase = z
  .object({ reason: optionalText(1000) })
  .strict()
export type AdminCancelCustomerPurchaseType = z.infer<typeof AdminCancelCustomerPurchase>

const NewVariant = z
  .object({
    title: text().optional(),
    sku: optionalText(),
    options: z
      .record(text(), text())
      .refine((options) => Object.keys(options).length <= 20, field("must have at most 20 options"))
      .optional(),
    prices: z
      .array(
        z.object({
          amount: money().transform(Number),
          currency_code: currencyCode(),
        })
      )
      .max(50)
      .optional(),
  })
  .strict()

export const AdminStockCustomerPurchaseItem = z
  .object({
    location_id: id().optional(),
    variant_id: id().optional(),
    product_id: id().optional(),
    variant: NewVariant.optional(),
    product: z
      .object({
        title: text(),
        description: notes(),
        status: z.enum(["draft", "published"]).optional(),
        variant: NewVariant.optional(),
      })
      .strict()
      .optional(),
    refurbishment_cost: amount.optional(),
    sales_channel_ids: z.array(id()).max(50).optional(),
  })
  .strict()
  .refine(
    (body) => [body.variant_id, body.product_id, body.product].filter(Boolean).length <= 1,
    {
      path: ["variant_id"],
      ...field("pass at most one of variant_id, product_id (with variant) or product"),
    }
  )
export type AdminStockCustomerPurchaseItemType = z.infer<typeof AdminStockCustomerPurchaseItem>

export const AdminUploadAttachmentParams = z
  .object({ kind: z.enum(["id_document", "goods_photo", "other"]).default("other") })
  .strict()

export const AdminListPurchaseActivityParams = findParams({
  limit: 50,
  orderable: ["created_at"],
}).merge(z.object({ item_id: id().optional() }))
