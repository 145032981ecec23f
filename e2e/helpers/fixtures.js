/**
 * Data the flows need that is not what they test, made through the HTTP API
 * as any client would.
 */
"use strict"

const { storeApi } = require("./api")

/** The seeded store: publishable key, region, location, variants by SKU. */
async function seededStore(admin) {
  const { api_keys } = await admin.get("/admin/api-keys?type=publishable&limit=50")
  const key = api_keys.find((k) => k.title === "Dev store (seed)") || api_keys[0]
  const { regions } = await admin.get("/admin/regions?limit=50")
  const region = regions.find((r) => r.name === "Europe") || regions[0]
  const { stock_locations } = await admin.get("/admin/stock-locations?limit=50")
  const location = stock_locations.find((l) => l.name === "Main Warehouse") || stock_locations[0]
  const { products } = await admin.get(
    "/admin/products?limit=50&fields=id,title,handle,*variants,variants.sku,variants.title"
  )
  const variants = {}
  for (const product of products) {
    for (const v of product.variants || []) {
      variants[v.sku] = { id: v.id, sku: v.sku, title: v.title, product_id: product.id, product_title: product.title }
    }
  }
  return { publishableKey: key.token, region, location, products, variants }
}

/** A customer with an account (store API registration), logged in. */
async function registerCustomer(baseUrl, store, { email, first_name, last_name, password = "secret-pass-1" }) {
  const shop = storeApi(baseUrl, store.publishableKey)
  const customer = await shop.register({ email, password, first_name, last_name })
  return { shop, customer }
}

/** An active deposit recorded by the admin API. */
async function createDeposit(admin, body) {
  const { item_deposit } = await admin.post("/admin/item-deposits", {
    currency_code: "eur",
    units: 1,
    payment_method: "cash",
    ...body,
  })
  return item_deposit
}

const ADDRESS = {
  first_name: "Dana",
  last_name: "Deposit",
  address_1: "1 Test Street",
  city: "Amsterdam",
  postal_code: "1011AA",
  country_code: "nl",
}

/**
 * An order placed through the store API by a customer who has a deposit for
 * the variant: the deposit becomes the cart's credit line and is consumed.
 */
async function orderUsingDeposit(baseUrl, admin, store, { email, variantSku, amount }) {
  const variant = store.variants[variantSku]
  if (!variant) throw new Error(`no seeded variant ${variantSku}`)
  const { shop, customer } = await registerCustomer(baseUrl, store, {
    email,
    first_name: "Dana",
    last_name: "Deposit",
  })
  const deposit = await createDeposit(admin, {
    customer_id: customer.id,
    variant_id: variant.id,
    amount_per_unit: amount,
    payment_method: "card",
    payment_reference: "terminal 4711",
  })
  const { cart, order } = await shop.checkout({
    region_id: store.region.id,
    items: [{ variant_id: variant.id, quantity: 1 }],
    address: ADDRESS,
  })
  return { customer, deposit, cart, order, variant }
}

module.exports = { seededStore, registerCustomer, createDeposit, orderUsingDeposit }
