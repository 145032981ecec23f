/**
 * Seeds a usable development store with Medusa's core workflows:
 *
 *   npx medusa exec ./scripts/seed-dev-store.ts
 *
 * (the Medusa CLI registers ts-node, so this file runs without a build; the
 * plugin build ignores scripts/). scripts/dev.js runs it once per database.
 *
 * Idempotent: the publishable key titled SEED_MARKER is created last and marks
 * the database as seeded; when it exists the script only prints it. If a seed
 * fails half-way, start again from an empty database.
 */
import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules, ProductStatus } from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createInventoryLevelsWorkflow,
  createLinksWorkflow,
  createLocationFulfillmentSetWorkflow,
  createProductsWorkflow,
  createRegionsWorkflow,
  createServiceZonesWorkflow,
  createShippingOptionsWorkflow,
  createShippingProfilesWorkflow,
  createStockLocationsWorkflow,
  createTaxRegionsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
  updateStoresWorkflow,
} from "@medusajs/medusa/core-flows"

// scripts/dev.js looks for this title too: keep them in sync.
export const SEED_MARKER = "Dev store (seed)"

const COUNTRIES = ["nl", "de", "fr", "be", "dk"]

const eurUsd = (eur: number, usd: number) => [
  { currency_code: "eur", amount: eur },
  { currency_code: "usd", amount: usd },
]

export default async function seedDevStore({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)

  const { data: seeded } = await query.graph({
    entity: "api_key",
    fields: ["token"],
    filters: { title: SEED_MARKER, type: "publishable" },
  })
  if (seeded.length) {
    logger.info(`Store already seeded. Publishable API key: ${seeded[0].token}`)
    return
  }

  // The app creates the store and "Default Sales Channel" on its first boot.
  const { data: stores } = await query.graph({
    entity: "store",
    fields: ["id", "default_sales_channel_id"],
  })
  const store = stores[0]
  const salesChannelId = store.default_sales_channel_id!

  logger.info("Seeding store currencies and region...")
  await updateStoresWorkflow(container).run({
    input: {
      selector: { id: store.id },
      update: {
        supported_currencies: [
          { currency_code: "eur", is_default: true },
          { currency_code: "usd" },
        ],
      },
    },
  })
  const { result: regions } = await createRegionsWorkflow(container).run({
    input: {
      regions: [
        {
          name: "Europe",
          currency_code: "eur",
          countries: COUNTRIES,
          payment_providers: ["pp_system_default"],
        },
      ],
    },
  })
  await createTaxRegionsWorkflow(container).run({
    input: COUNTRIES.map((country_code) => ({ country_code, provider_id: "tp_system" })),
  })

  logger.info("Seeding stock location and shipping...")
  const { result: locations } = await createStockLocationsWorkflow(container).run({
    input: {
      locations: [
        { name: "Dev Warehouse", address: { city: "Amsterdam", country_code: "NL", address_1: "" } },
      ],
    },
  })
  const location = locations[0]
  await updateStoresWorkflow(container).run({
    input: { selector: { id: store.id }, update: { default_location_id: location.id } },
  })
  await linkSalesChannelsToStockLocationWorkflow(container).run({
    input: { id: location.id, add: [salesChannelId] },
  })
  // The location ships with the manual fulfillment provider...
  await createLinksWorkflow(container).run({
    input: [
      {
        [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
        [Modules.FULFILLMENT]: { fulfillment_provider_id: "manual_manual" },
      },
    ],
  })
  // ...through a fulfillment set whose service zone covers the region.
  await createLocationFulfillmentSetWorkflow(container).run({
    input: {
      location_id: location.id,
      fulfillment_set_data: { name: "Dev Warehouse shipping", type: "shipping" },
    },
  })
  const {
    data: [withSets],
  } = await query.graph({
    entity: "stock_location",
    fields: ["fulfillment_sets.id"],
    filters: { id: location.id },
  })
  const { result: zones } = await createServiceZonesWorkflow(container).run({
    input: {
      data: [
        {
          name: "Europe",
          fulfillment_set_id: withSets.fulfillment_sets![0]!.id,
          geo_zones: COUNTRIES.map((country_code) => ({ type: "country" as const, country_code })),
        },
      ],
    },
  })

  const { data: profiles } = await query.graph({
    entity: "shipping_profile",
    fields: ["id"],
    filters: { type: "default" },
  })
  let shippingProfileId = profiles[0]?.id
  if (!shippingProfileId) {
    const { result } = await createShippingProfilesWorkflow(container).run({
      input: { data: [{ name: "Default Shipping Profile", type: "default" }] },
    })
    shippingProfileId = result[0].id
  }

  await createShippingOptionsWorkflow(container).run({
    input: [
      {
        name: "Standard Shipping",
        price_type: "flat",
        provider_id: "manual_manual",
        service_zone_id: zones[0].id,
        shipping_profile_id: shippingProfileId,
        type: { label: "Standard", description: "Ships in 2-3 days.", code: "standard" },
        prices: [...eurUsd(5, 6), { region_id: regions[0].id, amount: 5 }],
        rules: [
          { attribute: "enabled_in_store", value: "true", operator: "eq" },
          { attribute: "is_return", value: "false", operator: "eq" },
        ],
      },
    ],
  })

  logger.info("Seeding products and inventory...")
  const phoneVariants = [
    { storage: "64 GB", grade: "A", sku: "PHONE-64-A", eur: 249, usd: 269 },
    { storage: "64 GB", grade: "B", sku: "PHONE-64-B", eur: 199, usd: 219 },
    { storage: "128 GB", grade: "A", sku: "PHONE-128-A", eur: 299, usd: 329 },
    { storage: "128 GB", grade: "B", sku: "PHONE-128-B", eur: 249, usd: 269 },
  ]
  const { result: products } = await createProductsWorkflow(container).run({
    input: {
      products: [
        {
          title: "Refurbished Phone",
          handle: "refurbished-phone",
          description: "A tested, refurbished smartphone. Grade A: like new; grade B: light wear.",
          status: ProductStatus.PUBLISHED,
          shipping_profile_id: shippingProfileId,
          options: [
            { title: "Storage", values: ["64 GB", "128 GB"] },
            { title: "Grade", values: ["A", "B"] },
          ],
          variants: phoneVariants.map((v) => ({
            title: `${v.storage} / Grade ${v.grade}`,
            sku: v.sku,
            options: { Storage: v.storage, Grade: v.grade },
            prices: eurUsd(v.eur, v.usd),
          })),
          sales_channels: [{ id: salesChannelId }],
        },
        {
          title: "Second-hand Novel",
          handle: "second-hand-novel",
          description: "A paperback in good condition.",
          status: ProductStatus.PUBLISHED,
          shipping_profile_id: shippingProfileId,
          options: [{ title: "Condition", values: ["Good"] }],
          variants: [
            {
              title: "Good",
              sku: "BOOK-GOOD",
              options: { Condition: "Good" },
              prices: eurUsd(8, 9),
            },
          ],
          sales_channels: [{ id: salesChannelId }],
        },
      ],
    },
  })

  // createProductsWorkflow made one inventory item per variant; stock them.
  const { data: variants } = await query.graph({
    entity: "product_variant",
    fields: ["inventory_items.inventory_item_id"],
    filters: { product_id: products.map((p) => p.id) },
  })
  await createInventoryLevelsWorkflow(container).run({
    input: {
      inventory_levels: variants.flatMap((v) =>
        (v.inventory_items ?? []).map((item) => ({
          inventory_item_id: item!.inventory_item_id,
          location_id: location.id,
          stocked_quantity: 25,
        }))
      ),
    },
  })

  // Last, so that it exists only when everything above succeeded.
  const {
    result: [apiKey],
  } = await createApiKeysWorkflow(container).run({
    input: { api_keys: [{ title: SEED_MARKER, type: "publishable", created_by: "" }] },
  })
  await linkSalesChannelsToApiKeyWorkflow(container).run({
    input: { id: apiKey.id, add: [salesChannelId] },
  })

  logger.info(`Store seeded. Publishable API key: ${apiKey.token}`)
}
