/**
 * Seeds a store a storefront can check out from, with Medusa's core
 * workflows. Shared by the dev seed (scripts/seed-dev-store.ts) and the HTTP
 * tests (integration-tests/helpers/storefront.ts), so both exercise the same
 * setup.
 *
 * It needs the store and the default sales channel that Medusa creates on
 * boot. It is not idempotent: callers that must seed once check first (the
 * dev seed looks for its publishable key, which is created LAST here so that
 * it exists only when everything else did).
 */
import type { MedusaContainer } from "@medusajs/framework/types"
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

/** Prices in major units (100 = 100.00 EUR). The region sells in EUR. */
export type SeedPrices = { eur: number; usd?: number }

export type SeedVariant = {
  sku: string
  /** Defaults to the SKU. */
  title?: string
  /** Option values, e.g. { Storage: "64 GB" }; defaults to { Variant: title }. */
  options?: Record<string, string>
  prices: SeedPrices
  /** Stocked at the seeded location. Default 25. */
  stock?: number
}

export type SeedProduct = {
  handle: string
  title: string
  description?: string
  variants: SeedVariant[]
}

export type SeedStoreOptions = {
  products?: SeedProduct[]
  /** Flat shipping price. Default { eur: 5, usd: 6 }; { eur: 0 } makes totals the item totals. */
  shipping?: SeedPrices
  /** Default tax rate in percent for every region country. Default: none (no tax). */
  taxRate?: number
  /** Title of the publishable key; the dev seed uses it as its "seeded" marker. */
  publishableKeyTitle?: string
  /** Progress messages (the dev seed passes its logger). */
  log?: (message: string) => void
}

export type SeededVariant = {
  id: string
  sku: string
  title: string
  product_id: string
  inventory_item_id: string | null
  prices: SeedPrices
}

export type SeededStore = {
  region: { id: string; currency_code: string; countries: string[] }
  salesChannel: { id: string }
  stockLocation: { id: string; name: string }
  shippingOption: { id: string; name: string; prices: SeedPrices }
  /** The publishable key's token, for `x-publishable-api-key`. */
  publishableKey: string
  /** By handle. */
  products: Record<string, { id: string; handle: string; title: string; variants: Record<string, SeededVariant> }>
  /** Every seeded variant, by SKU. */
  variants: Record<string, SeededVariant>
}

export const SEED_COUNTRIES = ["nl", "de", "fr", "be", "dk"]

/** What `npm run dev` sells: phones in two storages and grades, and a book. */
export const DEV_PRODUCTS: SeedProduct[] = [
  {
    handle: "refurbished-phone",
    title: "Refurbished Phone",
    description: "A tested, refurbished smartphone. Grade A: like new; grade B: light wear.",
    variants: [
      { storage: "64 GB", grade: "A", eur: 249, usd: 269 },
      { storage: "64 GB", grade: "B", eur: 199, usd: 219 },
      { storage: "128 GB", grade: "A", eur: 299, usd: 329 },
      { storage: "128 GB", grade: "B", eur: 249, usd: 269 },
    ].map((v) => ({
      sku: `PHONE-${v.storage.split(" ")[0]}-${v.grade}`,
      title: `${v.storage} / Grade ${v.grade}`,
      options: { Storage: v.storage, Grade: v.grade },
      prices: { eur: v.eur, usd: v.usd },
    })),
  },
  {
    handle: "second-hand-novel",
    title: "Second-hand Novel",
    description: "A paperback in good condition.",
    variants: [{ sku: "BOOK-GOOD", title: "Good", options: { Condition: "Good" }, prices: { eur: 8, usd: 9 } }],
  },
]

const toPriceList = (p: SeedPrices) => [
  { currency_code: "eur", amount: p.eur },
  ...(p.usd === undefined ? [] : [{ currency_code: "usd", amount: p.usd }]),
]

const variantOptions = (v: SeedVariant) => v.options ?? { Variant: v.title ?? v.sku }

/** A product's options are the union of its variants' option values. */
function productOptions(product: SeedProduct) {
  const values = new Map<string, Set<string>>()
  for (const v of product.variants) {
    for (const [title, value] of Object.entries(variantOptions(v))) {
      values.set(title, (values.get(title) ?? new Set()).add(value))
    }
  }
  return [...values].map(([title, set]) => ({ title, values: [...set] }))
}

export async function seedStore(
  container: MedusaContainer,
  options: SeedStoreOptions = {}
): Promise<SeededStore> {
  const {
    products: productSpecs = DEV_PRODUCTS,
    shipping = { eur: 5, usd: 6 },
    taxRate,
    publishableKeyTitle = "Storefront",
    log = () => {},
  } = options
  const query = container.resolve(ContainerRegistrationKeys.QUERY)

  const {
    data: [store],
  } = await query.graph({ entity: "store", fields: ["id", "default_sales_channel_id"] })
  const salesChannelId = store.default_sales_channel_id!

  log("Seeding store currencies and region...")
  await updateStoresWorkflow(container).run({
    input: {
      selector: { id: store.id },
      update: {
        supported_currencies: [{ currency_code: "eur", is_default: true }, { currency_code: "usd" }],
      },
    },
  })
  const {
    result: [region],
  } = await createRegionsWorkflow(container).run({
    input: {
      regions: [
        {
          name: "Europe",
          currency_code: "eur",
          countries: SEED_COUNTRIES,
          payment_providers: ["pp_system_default"],
        },
      ],
    },
  })
  await createTaxRegionsWorkflow(container).run({
    input: SEED_COUNTRIES.map((country_code) => ({
      country_code,
      provider_id: "tp_system",
      ...(taxRate === undefined
        ? {}
        : { default_tax_rate: { rate: taxRate, code: "default", name: "Default" } }),
    })),
  })

  log("Seeding stock location and shipping...")
  const {
    result: [location],
  } = await createStockLocationsWorkflow(container).run({
    input: {
      locations: [
        { name: "Main Warehouse", address: { city: "Amsterdam", country_code: "NL", address_1: "" } },
      ],
    },
  })
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
      fulfillment_set_data: { name: "Main Warehouse shipping", type: "shipping" },
    },
  })
  const {
    data: [withSets],
  } = await query.graph({
    entity: "stock_location",
    fields: ["fulfillment_sets.id"],
    filters: { id: location.id },
  })
  const {
    result: [zone],
  } = await createServiceZonesWorkflow(container).run({
    input: {
      data: [
        {
          name: "Europe",
          fulfillment_set_id: withSets.fulfillment_sets![0]!.id,
          geo_zones: SEED_COUNTRIES.map((country_code) => ({ type: "country" as const, country_code })),
        },
      ],
    },
  })

  // A fresh app may or may not have a default shipping profile yet.
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

  const {
    result: [shippingOption],
  } = await createShippingOptionsWorkflow(container).run({
    input: [
      {
        name: "Standard Shipping",
        price_type: "flat",
        provider_id: "manual_manual",
        service_zone_id: zone.id,
        shipping_profile_id: shippingProfileId,
        type: { label: "Standard", description: "Ships in 2-3 days.", code: "standard" },
        // The region price is what a cart in the region pays.
        prices: [...toPriceList(shipping), { region_id: region.id, amount: shipping.eur }],
        rules: [
          { attribute: "enabled_in_store", value: "true", operator: "eq" },
          { attribute: "is_return", value: "false", operator: "eq" },
        ],
      },
    ],
  })

  log("Seeding products and inventory...")
  const { result: created } = await createProductsWorkflow(container).run({
    input: {
      products: productSpecs.map((p) => ({
        title: p.title,
        handle: p.handle,
        description: p.description,
        status: ProductStatus.PUBLISHED,
        shipping_profile_id: shippingProfileId,
        options: productOptions(p),
        variants: p.variants.map((v) => ({
          title: v.title ?? v.sku,
          sku: v.sku,
          options: variantOptions(v),
          prices: toPriceList(v.prices),
        })),
        sales_channels: [{ id: salesChannelId }],
      })),
    },
  })

  // createProductsWorkflow made one inventory item per variant (they manage
  // inventory by default); stock them at the location.
  const { data: variantRows } = await query.graph({
    entity: "product_variant",
    fields: ["id", "sku", "title", "product_id", "inventory_items.inventory_item_id"],
    filters: { product_id: created.map((p) => p.id) },
  })
  const specBySku = new Map(productSpecs.flatMap((p) => p.variants.map((v) => [v.sku, v] as const)))
  const variants: SeededStore["variants"] = {}
  for (const row of variantRows) {
    variants[row.sku!] = {
      id: row.id,
      sku: row.sku!,
      title: row.title,
      product_id: row.product_id!,
      inventory_item_id: row.inventory_items?.[0]?.inventory_item_id ?? null,
      prices: specBySku.get(row.sku!)!.prices,
    }
  }
  await createInventoryLevelsWorkflow(container).run({
    input: {
      inventory_levels: Object.values(variants)
        .filter((v) => v.inventory_item_id)
        .map((v) => ({
          inventory_item_id: v.inventory_item_id!,
          location_id: location.id,
          stocked_quantity: specBySku.get(v.sku)!.stock ?? 25,
        })),
    },
  })

  // Last, so that it exists only when everything above succeeded.
  const {
    result: [apiKey],
  } = await createApiKeysWorkflow(container).run({
    input: { api_keys: [{ title: publishableKeyTitle, type: "publishable", created_by: "" }] },
  })
  await linkSalesChannelsToApiKeyWorkflow(container).run({
    input: { id: apiKey.id, add: [salesChannelId] },
  })

  const products: SeededStore["products"] = {}
  for (const p of created) {
    products[p.handle] = {
      id: p.id,
      handle: p.handle,
      title: p.title,
      variants: Object.fromEntries(
        Object.values(variants)
          .filter((v) => v.product_id === p.id)
          .map((v) => [v.sku, v])
      ),
    }
  }

  return {
    region: { id: region.id, currency_code: region.currency_code, countries: SEED_COUNTRIES },
    salesChannel: { id: salesChannelId },
    stockLocation: { id: location.id, name: location.name },
    shippingOption: { id: shippingOption.id, name: shippingOption.name, prices: shipping },
    publishableKey: apiKey.token,
    products,
    variants,
  }
}
