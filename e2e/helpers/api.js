/**
 * Fixtures through the HTTP API, the way any client would: the admin API
 * with a bearer token from POST /auth/user/emailpass, and the store API with
 * the seeded publishable key and a registered customer's token.
 */
"use strict"

class ApiError extends Error {
  constructor(what, status, body) {
    super(`${what} → ${status}: ${typeof body === "string" ? body : JSON.stringify(body)}`)
    this.status = status
    this.body = body
  }
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * fetch, retried while the server refuses connections (a `medusa develop`
 * restart after a file change; a refused request never reached it).
 */
async function fetchRetrying(url, init, ms = 3 * 60 * 1000) {
  for (const deadline = Date.now() + ms; ; ) {
    try {
      return await fetch(url, init)
    } catch (error) {
      if (error?.cause?.code !== "ECONNREFUSED" || Date.now() > deadline) throw error
      await sleep(1000)
    }
  }
}

async function request(baseUrl, method, route, { body, headers = {}, raw = false } = {}) {
  const res = await fetchRetrying(baseUrl + route, {
    method,
    headers: { ...(body === undefined ? {} : { "content-type": "application/json" }), ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  if (raw) return res
  const text = await res.text()
  let parsed
  try {
    parsed = text ? JSON.parse(text) : {}
  } catch {
    parsed = text
  }
  if (!res.ok) throw new ApiError(`${method} ${route}`, res.status, parsed)
  return parsed
}

async function adminApi(baseUrl, { email = "admin@example.com", password = "supersecret" } = {}) {
  const { token } = await request(baseUrl, "POST", "/auth/user/emailpass", { body: { email, password } })
  const headers = { authorization: `Bearer ${token}` }
  const call = (method) => (route, body, opts = {}) =>
    request(baseUrl, method, route, { body, ...opts, headers: { ...headers, ...(opts.headers || {}) } })
  return { token, headers, get: call("GET"), post: call("POST"), delete: call("DELETE") }
}

/** The store API as a storefront uses it, for one customer. */
function storeApi(baseUrl, publishableKey) {
  let token = null
  const headers = () => ({
    "x-publishable-api-key": publishableKey,
    ...(token ? { authorization: `Bearer ${token}` } : {}),
  })
  const call = (method) => (route, body) => request(baseUrl, method, route, { body, headers: headers() })
  const api = { get: call("GET"), post: call("POST"), delete: call("DELETE") }

  return {
    ...api,
    async register({ email, password, first_name, last_name }) {
      const reg = await request(baseUrl, "POST", "/auth/customer/emailpass/register", { body: { email, password } })
      token = reg.token
      const { customer } = await api.post("/store/customers", { email, first_name, last_name })
      const login = await request(baseUrl, "POST", "/auth/customer/emailpass", { body: { email, password } })
      token = login.token
      return customer
    },
    /** Cart → shipping → system payment → order, like a storefront checkout. */
    async checkout({ region_id, items, address }) {
      let { cart } = await api.post("/store/carts", { region_id, items, shipping_address: address })
      const { shipping_options } = await api.get(`/store/shipping-options?cart_id=${cart.id}`)
      if (!shipping_options.length) throw new Error(`no shipping option for cart ${cart.id}`)
      ;({ cart } = await api.post(`/store/carts/${cart.id}/shipping-methods`, { option_id: shipping_options[0].id }))
      if (Number(cart.total) > 0) {
        let collectionId = cart.payment_collection?.id
        if (!collectionId) {
          const { payment_collection } = await api.post("/store/payment-collections", { cart_id: cart.id })
          collectionId = payment_collection.id
        }
        await api.post(`/store/payment-collections/${collectionId}/payment-sessions`, { provider_id: "pp_system_default" })
      }
      const result = await api.post(`/store/carts/${cart.id}/complete`)
      if (result.type !== "order") throw new Error(`cart ${cart.id} did not complete: ${JSON.stringify(result.error)}`)
      return { cart, order: result.order }
    },
  }
}

module.exports = { adminApi, storeApi, request, ApiError }
