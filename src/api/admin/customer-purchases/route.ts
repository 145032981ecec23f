import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { CUSTOMER_PURCHASE_MODULE } from "../../../modules/customer-purchase"
import type CustomerPurchaseModuleService from "../../../modules/customer-purchase/service"
import type { PurchaseListFilters, PurchaseListPage } from "../../../modules/customer-purchase/service"
import { withStateConflicts } from "../../utils/state-conflict"
import { createCustomerPurchaseWorkflow } from "../../../workflows/customer-purchase"
import { formatCustomerPurchase, refetchCustomerPurchase, withComputedFrom } from "./helpers"
import { assertPurchasingEnabled } from "./middlewares/ensure-purchasing-enabled"
import { readLinkedRecords, splitLinkedFields } from "../../utils/linked-records"
import { purchaseSerialWarnings } from "../../../workflows/compliance/utils/serial-checks"
import type {
  AdminCreateCustomerPurchaseType,
  AdminGetCustomerPurchasesParamsType,
} from "./validators"

const LINKS = [{ relation: "customer", entity: "customer", foreign_key: "customer_id" }]

export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetCustomerPurchasesParamsType>,
  res: MedusaResponse
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const service: CustomerPurchaseModuleService = req.scope.resolve(CUSTOMER_PURCHASE_MODULE)
  const { skip, take, order } = req.queryConfig.pagination as PurchaseListPage

  // The page's ids and the count come from the module (one indexed statement
  // each, side by side with the settings check); only then are the page's
  // purchases read whole, so that no filter joins (or trims) the relations
  // the response carries. Their customers are read alongside, by id.
  const [, { ids, count, customer_ids }] = await Promise.all([
    assertPurchasingEnabled(req.scope),
    service.listPurchasePage(req.filterableFields as PurchaseListFilters, { skip, take, order }),
  ])
  const { own, linked } = splitLinkedFields(withComputedFrom(req.queryConfig.fields), LINKS)
  const [{ data }, withLinked] = ids.length
    ? await Promise.all([
        query.graph({ entity: "customer_purchase", fields: own, filters: { id: ids } }),
        readLinkedRecords(req.scope, customer_ids.map((customer_id) => ({ customer_id })), linked),
      ])
    : [{ data: [] }, (row: any) => row]
  const byId = new Map(data.map((p: any) => [p.id, p]))

  res.json({
    customer_purchases: ids.map((id) => formatCustomerPurchase(withLinked(byId.get(id)))),
    count,
    offset: skip,
    limit: take,
  })
}

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminCreateCustomerPurchaseType>,
  res: MedusaResponse
) => {
  const { result } = await withStateConflicts(() =>
    createCustomerPurchaseWorkflow(req.scope).run({
      input: { ...req.validatedBody, actor_id: req.auth_context.actor_id } as any,
    })
  )
  const customer_purchase = await refetchCustomerPurchase(
    result.id,
    req.scope,
    req.queryConfig.fields
  )
  res.status(201).json({
    customer_purchase,
    serial_warnings: await purchaseSerialWarnings(req.scope, customer_purchase),
  })
}
