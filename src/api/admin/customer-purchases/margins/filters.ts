import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { MarginsFilters } from "../../../../modules/customer-purchase/utils/margins-report"
import type { AdminGetMarginsReportType } from "../margins-validators"

/**
 * The report's query as the module's filters: products become their
 * variants (read through Query: the product module's tables are its own).
 */
export async function marginsFilters(
  container: MedusaContainer,
  query: AdminGetMarginsReportType
): Promise<MarginsFilters> {
  let variantIds: string[] | undefined
  if (query.product_id?.length) {
    const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "product_variant",
      fields: ["id"],
      filters: { product_id: query.product_id },
    })
    variantIds = data.map((variant: any) => variant.id)
  }
  return {
    from: query.from ?? null,
    to: query.to ?? null,
    status: query.status,
    condition: query.condition,
    variant_ids: variantIds,
    currency_code: query.currency_code,
  }
}
