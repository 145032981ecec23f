import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { CUSTOMER_PURCHASE_MODULE } from "../../../../../../../modules/customer-purchase"
import type CustomerPurchaseModuleService from "../../../../../../../modules/customer-purchase/service"
import { addPurchaseItemCostWorkflow } from "../../../../../../../workflows/margins"
import type { AdminAddPurchaseItemCostType } from "../../../../margins-validators"
import { withStateConflicts } from "../../../../../../utils/state-conflict"

/** The item's refurbishment cost entries, oldest first. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const service: CustomerPurchaseModuleService = req.scope.resolve(CUSTOMER_PURCHASE_MODULE)
  const [item] = await service.listCustomerPurchaseItems(
    { id: req.params.item_id, purchase_id: req.params.id } as any,
    { select: ["id", "refurbishment_cost", "unit_cost"], take: 1 }
  )
  if (!item) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Customer purchase item with id: ${req.params.item_id} was not found`)
  }
  const costs = await service.listPurchaseItemCosts(
    { item_id: item.id },
    { order: { created_at: "ASC", id: "ASC" } }
  )
  res.json({ costs, refurbishment_cost: item.refurbishment_cost, unit_cost: item.unit_cost })
}

/** Adds a refurbishment cost (parts, labour, other; per unit) to the item. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminAddPurchaseItemCostType>, res: MedusaResponse) => {
  const { result } = await withStateConflicts(() =>
    addPurchaseItemCostWorkflow(req.scope).run({
      input: {
        purchase_id: req.params.id,
        item_id: req.params.item_id,
        kind: req.validatedBody.kind,
        amount: req.validatedBody.amount,
        note: req.validatedBody.note ?? null,
        actor_id: req.auth_context.actor_id,
      },
    })
  )
  res.status(201).json({
    cost: result.cost,
    refurbishment_cost: (result.item as any).refurbishment_cost,
    unit_cost: (result.item as any).unit_cost,
  })
}
