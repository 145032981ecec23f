import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"

/** The customer page's layout zone (the dashboard's `widgetsZonePrefix`). */
const ZONE = "customer.details"

/**
 * Where the customer page's sections go by default. The 2.21 dashboard puts
 * every widget of a detail page after its core entries, Metadata and JSON
 * included, whatever `zone` a widget names (before/after both map to the main
 * section); only a layout configuration orders them. Core entries are keyed
 * `core:<Entry id>`, widgets `widget:<config id>` (see src/admin/widgets).
 */
const CUSTOMER_PAGE_ORDER = [
  "core:CustomerGeneralSection",
  "core:CustomerOrderSection",
  "core:CustomerGroupSection",
  "widget:buybacks:customer-purchases",
  "widget:buybacks:customer-item-deposits",
  "core:MetadataSection",
  "core:JsonViewSection",
  "core:RequiredPermissionsSection",
]

/**
 * Runs once (`medusa db:migrate` runs each migration script a single time):
 * sets the system default layout of the customer page so the plugin's
 * sections sit with the other main sections, above Metadata and JSON. A
 * default the merchant already saved ("Customize" on the page) is left
 * alone, and anyone can still rearrange the page afterwards.
 */
export default async function placeCustomerPageSections({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const settings = container.resolve(Modules.SETTINGS)
  const existing = await settings.getSystemDefaultLayoutConfiguration(ZONE)
  if (existing) {
    logger.info(`[buybacks] ${ZONE} already has a default layout: left as it is.`)
    return
  }
  await settings.setSystemDefaultLayoutConfiguration(ZONE, {
    widgets: Object.fromEntries(CUSTOMER_PAGE_ORDER.map((id, order) => [id, { order }])),
  })
  logger.info(`[buybacks] ${ZONE}: purchases and deposits placed above Metadata and JSON.`)
}
