import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { CUSTOMER_PURCHASE_MODULE } from "../../../modules/customer-purchase"
import type CustomerPurchaseModuleService from "../../../modules/customer-purchase/service"
import { addBlockedSerialWorkflow } from "../../../workflows/compliance/workflows/add-blocked-serial"
import { withStateConflicts } from "../../utils/state-conflict"
import type { AdminCreateBlockedSerialType } from "./validators"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const service: CustomerPurchaseModuleService = req.scope.resolve(CUSTOMER_PURCHASE_MODULE)
  const { q } = req.filterableFields as { q?: string }
  const { skip, take, order } = req.queryConfig.pagination as any
  const [blocked_serials, count] = await service.listAndCountBlockedSerials(
    q ? { $or: [{ serial_number: { $ilike: `%${q}%` } }, { reason: { $ilike: `%${q}%` } }] } : {},
    { skip, take, order: order ?? { created_at: "DESC" } }
  )
  res.json({ blocked_serials, count, offset: skip, limit: take })
}

export const POST = async (req: AuthenticatedMedusaRequest<AdminCreateBlockedSerialType>, res: MedusaResponse) => {
  const { result } = await withStateConflicts(() =>
    addBlockedSerialWorkflow(req.scope).run({
      input: { ...req.validatedBody, actor_id: req.auth_context.actor_id },
    })
  )
  res.status(201).json({ blocked_serial: result })
}
