import { AsyncLocalStorage } from "async_hooks"

/**
 * Who is shopping, for the cart hooks. Core cart workflows give their hooks
 * the cart, not the request, and a cart's customer_id is not proof of a
 * login: core attaches an anonymous cart that merely gives an email to the
 * customer account with that email. So the store's cart routes record the
 * logged-in customer (or null) here for the duration of the request, and
 * deposits only ever follow a cart whose customer is the one logged in.
 *
 * Outside a store cart request (admin, jobs, payment webhooks) there is no
 * shopper: the hooks then leave deposit lines as they are.
 */
export type Shopper = { customer_id: string | null }

export const shopperContext = new AsyncLocalStorage<Shopper>()

/** The current store request's shopper; undefined outside one. */
export function currentShopper(): Shopper | undefined {
  return shopperContext.getStore()
}
