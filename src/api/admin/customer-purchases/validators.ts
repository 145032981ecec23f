import { z } from "@medusajs/framework/zod"
import {
  createFindParams,
  createOperatorMap,
  createSelectParams,
} from "@medusajs/medusa/api/utils/validators"
import {
  ID_DOCUMENT_TYPES,
  ITEM_CONDITIONS,
} from "../../../types/customer-purchase"
import { field } from "../../utils/field-error"

/** Money as a JSON number or a decimal string ("12.50"), never negative. */
const amount = z.union([
  z.number().nonnegative(),
  z.string().regex(/^\d+(\.\d+)?$/, field("must be a non-negative decimal amount")),
])
const positiveAmount = z.union([
  z.number().positive(),
  z
    .string()
    .regex(/^\d*\.?\d+$/, field("must be a positive decimal amount"))
    .refine((value) => /[1-9]/.test(value), field("must be greater than 0")),
])
const text = z.string().trim().min(1)

export const AdminGetCustomerPurchaseParams = createSelectParams()
export type AdminGetCustomerPurchaseParamsType = z.infer<
  typeof AdminGetCustomerPurchaseParams
>

export const AdminGetCustomerPurchasesParams = createFindParams({
  limit: 20,
  offset: 0,
}).merge(
  z.object({
    q: z.string().optional(),
    id: z.union([z.string(), z.array(z.string())]).optional(),
    status: z
      .union([
        z.enum(["draft", "paid", "completed", "cancelled"]),
        z.array(z.enum(["draft", "paid", "completed", "cancelled"])),
      ])
      .optional(),
    customer_id: z.union([z.string(), z.array(z.string())]).optional(),
    item_status: z.union([z.string(), z.array(z.string())]).optional(),
    created_at: createOperatorMap().optional(),
  })
)
export type AdminGetCustomerPurchasesParamsType = z.infer<
  typeof AdminGetCustomerPurchasesParams
>

const IdDocument = z.object({
  type: z.enum(ID_DOCUMENT_TYPES),
  number: text.max(64),
  expires_at: z.coerce.date().nullish(),
})

const Seller = z
  .object({
    first_name: text.optional(),
    last_name: text.optional(),
    email: z.string().email(field("must be an email address")).nullish(),
    phone: z.string().nullish(),
    address: z.record(z.string(), z.unknown()).nullish(),
    id_document: IdDocument.nullish(),
  })
  .strict()

export const PurchaseItem = z
  .object({
    title: text,
    variant_id: z.string().nullish(),
    serial_number: z.string().trim().nullish(),
    condition: z.enum(ITEM_CONDITIONS).nullish(),
    quantity: z.number().int().positive().default(1),
    unit_price: amount,
    refurbishment_cost: amount.optional(),
    notes: z.string().nullish(),
    metadata: z.record(z.string(), z.unknown()).nullish(),
  })
  .strict()

export const AdminCreateCustomerPurchase = z
  .object({
    customer_id: z.string().optional(),
    customer: z
      .object({
        first_name: text,
        last_name: text,
        email: z.string().email(field("must be an email address")).nullish(),
        phone: z.string().nullish(),
      })
      .strict()
      .optional(),
    seller: Seller.optional(),
    currency_code: z.string().regex(/^[a-zA-Z]{3}$/, field("must be a 3-letter ISO 4217 code")),
    notes: z.string().nullish(),
    items: z.array(PurchaseItem).optional(),
    metadata: z.record(z.string(), z.unknown()).nullish(),
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
    notes: z.string().nullish(),
    metadata: z.record(z.string(), z.unknown()).nullish(),
  })
  .strict()
export type AdminUpdateCustomerPurchaseType = z.infer<typeof AdminUpdateCustomerPurchase>

export const AdminAddCustomerPurchaseItems = z
  .object({ items: z.array(PurchaseItem).min(1) })
  .strict()
export type AdminAddCustomerPurchaseItemsType = z.infer<typeof AdminAddCustomerPurchaseItems>

export const AdminUpdateCustomerPurchaseItem = PurchaseItem.partial()
  .extend({ quantity: z.number().int().positive().optional() })
  .strict()
  .refine((body) => Object.keys(body).length > 0, "body: must change at least one field")
export type AdminUpdateCustomerPurchaseItemType = z.infer<typeof AdminUpdateCustomerPurchaseItem>

export const AdminUpdateItemStatus = z
  .object({ status: text, note: z.string().trim().min(1).nullish() })
  .strict()
export type AdminUpdateItemStatusType = z.infer<typeof AdminUpdateItemStatus>

export const AdminAddCustomerPurchaseNote = z
  .object({ note: text.max(5000), item_id: z.string().nullish() })
  .strict()
export type AdminAddCustomerPurchaseNoteType = z.infer<typeof AdminAddCustomerPurchaseNote>

export const AdminRevealSellerId = z
  .object({ reason: z.string().trim().max(500).nullish() })
  .strict()
export type AdminRevealSellerIdType = z.infer<typeof AdminRevealSellerId>

export const AdminPayOutCustomerPurchase = z
  .object({
    lines: z
      .array(
        z
          .object({
            method_id: text,
            amount: positiveAmount,
            reference: z.string().trim().nullish(),
          })
          .strict()
      )
      .min(1),
  })
  .strict()
export type AdminPayOutCustomerPurchaseType = z.infer<typeof AdminPayOutCustomerPurchase>

export const AdminCancelCustomerPurchase = z
  .object({ reason: z.string().trim().max(1000).nullish() })
  .strict()
export type AdminCancelCustomerPurchaseType = z.infer<typeof AdminCancelCustomerPurchase>

const NewVariant = z
  .object({
    title: text.optional(),
    sku: z.string().trim().nullish(),
    options: z.record(z.string(), z.string()).optional(),
    prices: z
      .array(
        z.object({
          amount: z.number().nonnegative(),
          currency_code: z.string().regex(/^[a-zA-Z]{3}$/, field("must be a 3-letter ISO 4217 code")),
        })
      )
      .optional(),
  })
  .strict()

export const AdminStockCustomerPurchaseItem = z
  .object({
    location_id: z.string().optional(),
    variant_id: z.string().optional(),
    product_id: z.string().optional(),
    variant: NewVariant.optional(),
    product: z
      .object({
        title: text,
        description: z.string().nullish(),
        status: z.enum(["draft", "published"]).optional(),
        variant: NewVariant.optional(),
      })
      .strict()
      .optional(),
    refurbishment_cost: amount.optional(),
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

export const AdminListPurchaseActivityParams = createFindParams({
  limit: 50,
  offset: 0,
}).merge(z.object({ item_id: z.string().optional() }))
