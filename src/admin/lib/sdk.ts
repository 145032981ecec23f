import Medusa from "@medusajs/js-sdk"

/**
 * The admin's JS SDK client. The dashboard is served by the Medusa server
 * itself, so the session cookie set at login authenticates these calls.
 */
export const sdk = new Medusa({
  baseUrl: __BACKEND_URL__ || "/",
  debug: import.meta.env.DEV,
  auth: { type: "session" },
})
