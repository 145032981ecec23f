import {
  createWorkflow,
  transform,
  when,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  createCustomersWorkflow,
  emitEventStep,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import { CustomerPurchaseEvents } from "../../../types/customer-purchase"
import { validateItemVariantsStep } from "../steps/validate-item-variants"
import { getPurchaseSettingsStep } from "../steps/get-purchase-settings"
import { createCustomerPurchaseStep } from "../steps/create-customer-purchase"
import { createPurchaseActivitiesStep } from "../steps/create-purchase-activities"
import { buildPurchaseItems, PurchaseItemInput } from "../utils/build-purchase-items"
import { withoutIdNumber } from "../../../utils/mask-id-number"
import { checkBlockedSerialsStep, type BlockedSerialOverride } from "../../compliance/steps/check-blocked-serials"
import { validateSellerIdentityStep } from "../../compliance/steps/validate-seller-identity"
import { overrideActivities } from "../../compliance/utils/override-activities"
import { serialFields } from "../../compliance/utils/serial-fields"

export type SellerInput = {
  first_name?: string
  last_name?: string
  email?: string | null
  phone?: string | null
  address?: Record<string, unknown> | null
  id_document?: {
    type: string
    number: string
    expires_at?: string | Date | null
  } | null
  date_of_birth?: string | Date | null
}

export type CreateCustomerPurchaseWorkflowInput = {
  /** An existing customer, or `customer` to create one in the same request. */
  customer_id?: string
  customer?: {
    first_name: string
    last_name: string
    email?: string | null
    phone?: string | null
  }
  seller?: SellerInput
  currency_code: string
  notes?: string | null
  items?: PurchaseItemInput[]
  metadata?: Record<string, unknown> | null
  /** Buy items whose serial is on the blocked list anyway (logged with the reason). */
  blocked_serial_override?: BlockedSerialOverride | null
  actor_id?: string
}

export const createCustomerPurchaseWorkflowId = "create-customer-purchase"

/**
 * Records a purchase from a member of the public. The seller's identity is
 * taken from `seller`, falling back to the customer's own name and contact.
 */
export const createCustomerPurchaseWorkflow = createWorkflow(
  createCustomerPurchaseWorkflowId,
  (input: WorkflowData<CreateCustomerPurchaseWorkflowInput>) => {
    // Before anything is written (the seller's customer record included).
    validateItemVariantsStep(transform({ input }, ({ input }) => ({ items: input.items ?? [] })))
    // Compliance (README "Compliance"): identity fields the settings require, blocked serials.
    validateSellerIdentityStep({ seller: input.seller })
    const blockedSerials = checkBlockedSerialsStep(
      transform({ input }, ({ input }) => ({ serials: serialFields(input.items ?? []), override: input.blocked_serial_override }))
    )
    const created = when("create-seller-customer", { input }, ({ input }) => !!input.customer).then(
      () =>
        createCustomersWorkflow.runAsStep({
          input: transform({ input }, ({ input }) => ({
            customersData: [{ ...input.customer!, has_account: false }],
          })),
        })
    )

    const existing = when("find-seller-customer", { input }, ({ input }) => !!input.customer_id).then(
      () =>
        useQueryGraphStep({
          entity: "customer",
          fields: ["id", "first_name", "last_name", "email", "phone"],
          filters: { id: input.customer_id },
          options: { throwIfKeyNotFound: true },
        }).config({ name: "get-seller-customer" })
    )

    const settings = getPurchaseSettingsStep()

    const purchaseData = transform(
      { input, created, existing, settings },
      ({ input, created, existing, settings }) => {
        const customer = (created?.[0] ?? existing?.data?.[0])!
        const seller = input.seller ?? {}
        const document = seller.id_document
        return {
          customer_id: customer.id,
          currency_code: input.currency_code.toLowerCase(),
          seller_first_name: seller.first_name ?? customer.first_name ?? "",
          seller_last_name: seller.last_name ?? customer.last_name ?? "",
          seller_email: seller.email ?? customer.email ?? null,
          seller_phone: seller.phone ?? customer.phone ?? null,
          seller_address: seller.address ?? null,
          id_document_type: document?.type ?? null,
          id_document_number: document?.number ?? null,
          id_document_last4: document?.number?.slice(-4) ?? null,
          id_document_expires_at: document?.expires_at ?? null,
          seller_date_of_birth: seller.date_of_birth ?? null,
          notes: input.notes ?? null,
          metadata: input.metadata ?? null,
          items: buildPurchaseItems(input.items ?? [], settings),
        }
      }
    )

    const purchase = createCustomerPurchaseStep(purchaseData)

    createPurchaseActivitiesStep(
      transform({ purchase, input }, ({ purchase, input }) => [
        {
          purchase_id: purchase.id,
          type: "created",
          actor_id: input.actor_id ?? null,
          to_status: "draft",
        },
      ])
    )

    createPurchaseActivitiesStep(
      transform({ purchase, input, blockedSerials }, ({ purchase, input, blockedSerials }) =>
        overrideActivities(purchase.id, blockedSerials, (purchase as any).items ?? [], input.blocked_serial_override, input.actor_id)
      )
    ).config({ name: "log-serial-overrides" })

    emitEventStep({
      eventName: CustomerPurchaseEvents.CREATED,
      data: transform({ purchase }, ({ purchase }) => ({ id: purchase.id })),
    })

    return new WorkflowResponse(transform({ purchase }, ({ purchase }) => withoutIdNumber(purchase)))
  }
)
