/**
 * Drives the store API the way a storefront does: through `@medusajs/js-sdk`,
 * with the publishable key, one SDK instance (and so one JWT) per customer.
 * Tests of checkout behaviour go through here so that they see exactly what
 * a shopper's browser would, including the store routes' validation.
 *
 *   const shop = storefront(api, seeded.publishableKey)
 *   const { sdk } = await registerCustomer(shop, { email, password, ... })
 *   const cart = await createCart(sdk, { region_id, items: [{ variant_id, quantity: 1 }] })
 *   await addShipping(sdk, cart.id)
 *   const result = await completeCart(sdk, cart.id)   // never throws for a refused completion
 *
 * Timing on this 2-core machine: ~2.2 s a cart from creation to order when
 * one shopper checks out after another, ~1 s a cart with 4-8 in parallel.
 */
import Medusa, { FetchError } from "@medusajs/js-sdk"
import type { HttpTypes } from "@medusajs/framework/types"

export type Storefront = { baseUrl: string; publishableKey: string }

/** An HTTP error from the store API, with the status in the message too (jest prints only the message). */
export class StoreApiError extends Error {
  constructor(readonly what: string, readonly status: number, readonly apiMessage: string) {
    super(`${what} → ${status}: ${apiMessage}`)
  }
}

/**
 * Runs one storefront call; a FetchError (the js-sdk's non-2xx error, which
 * carries only `status` and the body's `message`) becomes a StoreApiError
 * saying which call failed.
 */
async function call<T>(what: string, request: () => Promise<T>): Promise<T> {
  try {
    return await request()
  } catch (error) {
    if (error instanceof FetchError) {
      throw new StoreApiError(what, error.status ?? 0, error.message)
    }
    throw error
  }
}

/** The test app's storefront: `api` is medusaIntegrationTestRunner's axios instance. */
export function storefront(api: any, publishableKey: string): Storefront {
  return { baseUrl: api.defaults.baseURL, publishableKey }
}

/** A fresh SDK: its own in-memory JWT, so instances never share a login. */
export function newSdk(shop: Storefront) {
  return new Medusa({
    baseUrl: shop.baseUrl,
    publishableKey: shop.publishableKey,
    auth: { type: "jwt", jwtTokenStorageMethod: "memory" },
    // Failures surface as thrown errors; the SDK's own console logging is noise.
    logger: { error: () => {}, warn: () => {}, info: () => {}, debug: () => {} },
  })
}

export type Sdk = ReturnType<typeof newSdk>

export type CustomerDetails = {
  email: string
  password: string
  first_name?: string
  last_name?: string
}

/**
 * Registers a customer like a storefront's sign-up form: register the
 * emailpass identity, create the customer with that token, then log in (the
 * registration token has no actor yet, so a login is needed for a customer
 * token). Returns the logged-in SDK.
 */
export async function registerCustomer(shop: Storefront, details: CustomerDetails) {
  const sdk = newSdk(shop)
  const { email, password, ...names } = details
  await call("register", () => sdk.auth.register("customer", "emailpass", { email, password }))
  const { customer } = await call("create customer", () =>
    sdk.store.customer.create({ email, ...names })
  )
  await loginCustomer(sdk, { email, password })
  return { sdk, customer }
}

/** Logs an SDK in as an existing customer (e.g. a second device). */
export async function loginCustomer(sdk: Sdk, { email, password }: Pick<CustomerDetails, "email" | "password">) {
  const result = await call("login", () => sdk.auth.login("customer", "emailpass", { email, password }))
  if (typeof result !== "string") {
    throw new Error(`login for ${email} did not return a token: ${JSON.stringify(result)}`)
  }
}

export type CartItem = { variant_id: string; quantity: number }

/** A shipping address in the seeded region (seedStore's countries). */
export const TEST_ADDRESS = {
  first_name: "Test",
  last_name: "Shopper",
  address_1: "1 Test Street",
  city: "Amsterdam",
  postal_code: "1011AA",
  country_code: "nl",
}

/**
 * Creates a cart; a logged-in SDK's cart belongs to its customer (and takes
 * their email). Passing `shipping_address: TEST_ADDRESS` here saves addShipping
 * an update (~0.5 s a cart), which adds up over many carts.
 */
export async function createCart(sdk: Sdk, body: HttpTypes.StoreCreateCart & { items?: CartItem[] }) {
  const { cart } = await call("create cart", () => sdk.store.cart.create(body))
  return cart
}

export async function getCart(sdk: Sdk, cartId: string) {
  const { cart } = await call(`get cart ${cartId}`, () => sdk.store.cart.retrieve(cartId))
  return cart
}

export async function addItem(sdk: Sdk, cartId: string, item: CartItem) {
  const { cart } = await call(`add ${item.variant_id}`, () => sdk.store.cart.createLineItem(cartId, item))
  return cart
}

export async function updateItem(sdk: Sdk, cartId: string, lineItemId: string, quantity: number) {
  const { cart } = await call(`set ${lineItemId} to ${quantity}`, () =>
    sdk.store.cart.updateLineItem(cartId, lineItemId, { quantity })
  )
  return cart
}

export async function removeItem(sdk: Sdk, cartId: string, lineItemId: string) {
  // The delete route answers { deleted, parent: cart }.
  const { parent } = await call(`remove ${lineItemId}`, () =>
    sdk.store.cart.deleteLineItem(cartId, lineItemId)
  )
  return parent!
}

/**
 * Ships the cart like a checkout's delivery step: sets the shipping address
 * when one is given or the cart has none (TEST_ADDRESS in the region's first
 * country), then adds the first shipping option offered for the cart
 * (options are filtered by the address's country, so the address comes
 * first).
 */
export async function addShipping(sdk: Sdk, cartId: string, address?: Partial<HttpTypes.StoreAddAddress>) {
  const current = await getCart(sdk, cartId)
  if (address || !current.shipping_address?.country_code) {
    const country_code = address?.country_code ?? current.region?.countries?.[0]?.iso_2 ?? "nl"
    await call("set address", () =>
      sdk.store.cart.update(cartId, {
        shipping_address: { ...TEST_ADDRESS, ...address, country_code },
        // A guest cart has no email; a customer's cart already has theirs.
        ...(current.email ? {} : { email: `guest-${Date.now()}@example.com` }),
      })
    )
  }
  const { shipping_options } = await call("list shipping options", () =>
    sdk.store.fulfillment.listCartOptions({ cart_id: cartId })
  )
  if (!shipping_options.length) {
    throw new Error(`no shipping option is offered for cart ${cartId}`)
  }
  const { cart } = await call("add shipping method", () =>
    sdk.store.cart.addShippingMethod(cartId, { option_id: shipping_options[0].id })
  )
  return cart
}

/** A cart or order credit line (the store types leave them out of StoreOrder). */
export type CreditLine = {
  id: string
  amount: number
  reference: string | null
  reference_id: string | null
  metadata?: Record<string, unknown> | null
}

/**
 * Applies the customer's loyalty-plugin store credit to the cart (the
 * plugin's `POST /store/carts/:id/store-credits`; the SDK has no method for
 * it, so this goes through the SDK's client like any custom route). Without
 * an amount the plugin applies the whole balance (capped at the cart total).
 */
export async function applyStoreCredit(sdk: Sdk, cartId: string, amount?: number) {
  const { cart } = await call(`apply store credit ${amount ?? "(balance)"}`, () =>
    sdk.client.fetch<{ cart: HttpTypes.StoreCart & { credit_lines?: CreditLine[] } }>(
      `/store/carts/${cartId}/store-credits`,
      { method: "POST", body: amount === undefined ? {} : { amount } }
    )
  )
  return cart
}

export type CompleteCartResult =
  | { ok: true; status: 200; order: HttpTypes.StoreOrder & { credit_lines?: CreditLine[] } }
  /** 200 `{ type: "cart" }`: payment authorization failed or needs more. */
  | { ok: false; status: 200; message: string; cart: HttpTypes.StoreCart; error: { message: string; name: string; type: string } }
  /** A refused completion (4xx/5xx): the SDK gives only status and message. */
  | { ok: false; status: number; message: string }

/**
 * Opens a payment session with the system provider when something is left to
 * pay, as a storefront's payment step does (a cart whose credit lines cover
 * it completes without one).
 */
export async function payCart(sdk: Sdk, cartId: string) {
  const cart = await getCart(sdk, cartId)
  if (Number(cart.total) > 0) {
    await call("init payment session", () =>
      sdk.store.payment.initiatePaymentSession(cart, { provider_id: "pp_system_default" })
    )
  }
}

/**
 * "Place order": payCart, then complete. Returns the outcome instead of
 * throwing, so tests can assert on refusals and races. `pay: false` skips the
 * payment step, e.g. to race two completions of one already paid cart.
 */
export async function completeCart(
  sdk: Sdk,
  cartId: string,
  { pay = true }: { pay?: boolean } = {}
): Promise<CompleteCartResult> {
  if (pay) {
    await payCart(sdk, cartId)
  }
  try {
    const response = await sdk.store.cart.complete(cartId)
    if (response.type === "order") {
      return { ok: true, status: 200, order: response.order }
    }
    return { ok: false, status: 200, message: response.error.message, cart: response.cart, error: response.error }
  } catch (error) {
    if (error instanceof FetchError) {
      return { ok: false, status: error.status ?? 0, message: error.message }
    }
    throw error
  }
}

/** completeCart, but a test that expects an order fails with the reason. */
export async function placeOrder(sdk: Sdk, cartId: string) {
  const result = await completeCart(sdk, cartId)
  if (!result.ok) {
    throw new StoreApiError(`complete cart ${cartId}`, result.status, result.message)
  }
  return result.order
}

/**
 * Admin side of store credit: opens the customer's account in the currency
 * and credits it, through the loyalty plugin's admin routes.
 */
export async function creditStoreCredit(
  api: any,
  adminHeaders: Record<string, string>,
  { customer_id, amount, currency_code = "eur" }: { customer_id: string; amount: number; currency_code?: string }
) {
  const { data } = await api.post(
    "/admin/store-credit-accounts",
    { customer_id, currency_code },
    { headers: adminHeaders }
  )
  const account = data.store_credit_account
  await api.post(
    `/admin/store-credit-accounts/${account.id}/credit`,
    { amount, note: "test credit" },
    { headers: adminHeaders }
  )
  return account as { id: string; customer_id: string; currency_code: string }
}
