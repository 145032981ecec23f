import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import {
  removeCustomerPurchaseItemWorkflow,
  updateCustomerPurchaseItemWorkflow,
} from "../../../../../../workflows/customer-purchase"
import { withStateConflicts } from "../../../../../utils/state-conflict"
import { refetchCustomerPurchase } from "../../../helpers"
import type { AdminUpdateCustomerPurchaseItemType } from "../../../validators"
import { purchaseSerialWarnings } from "../../../../../../workflows/compliance/utils/serial-checks"

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminUpdateCustomerPurchaseItemType>,
  res: MedusaResponse
) => {
  const { blocked_serial_override, ...update } = req.validatedBody
  await withStateConflicts(() =>
    updateCustomerPurchaseItemWorkflow(req.scope).run({
      input: {
        purchase_id: req.params.id,
        item_id: req.params.item_id,
        update,
        blocked_serial_override,
        actor_id: req.auth_context.actor_id,
      },
    })
  )
  const customer_purchase = await refetchCustomerPurchase(
    req.params.id,
    req.scope,
    req.queryConfig.fields
  )
  res.json({ customer_purchase, serial_warnings: await purchaseSerialWarnings(req.scope, customer_purchase) })
}

export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await withStateConflicts(() =>
    removeCustomerPurchaseItemWorkflow(req.scope).run({
      input: {
        purchase_id: req.params.id,
        item_id: req.params.item_id,
        actor_id: req.auth_context.actor_id,
      },
    })
  )
  const customer_purchase = await refetchCustomerPurchase(
    req.params.id,
    req.scope,
    req.queryConfig.fields
  )
  res.json({
    id: req.params.item_id,
    object: "customer_purchase_item",
    deleted: true,
    parent: customer_purchase,
  })
}
