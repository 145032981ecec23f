import { seedStore, type SeedProduct, type SeededStore } from "../../scripts/lib/seed-store"
import { createAdminHeaders } from "./admin"
import { registerCustomer, storefront, type Storefront } from "./storefront"

/** A 100 EUR phone: with no tax and free shipping, every total is round. */
export const PHONE: SeedProduct = {
  handle: "phone",
  title: "Phone",
  variants: [{ sku: "PHONE", prices: { eur: 100 }, stock: 100000 }],
}

export type DepositStore = {
  seeded: SeededStore
  shop: Storefront
  headers: Record<string, string>
  /** The phone variant's id. */
  phone: string
}

/**
 * What the deposit checkout suites share: a store with no tax and free
 * shipping (so a deposit can cover a whole cart), a storefront and an admin.
 * Call from beforeAll: the runner snapshots the database after it.
 */
export async function seedDepositStore(
  api: any,
  container: any,
  products: SeedProduct[] = [PHONE]
): Promise<DepositStore> {
  const seeded = await seedStore(container, { products, taxRate: 0, shipping: { eur: 0 } })
  const { headers } = await createAdminHeaders(container)
  return { seeded, shop: storefront(api, seeded.publishableKey), headers, phone: seeded.variants["PHONE"].id }
}

/** Records a deposit as the admin does; returns it as the admin route does. */
export async function createDeposit(
  api: any,
  headers: Record<string, string>,
  body: { customer_id: string; variant_id: string } & Record<string, unknown>
) {
  const { data } = await api.post(
    "/admin/item-deposits",
    { currency_code: "eur", amount_per_unit: 30, units: 1, payment_method: "cash", ...body },
    { headers }
  )
  return data.item_deposit
}

/** The cart's (or order's) credit lines that are item deposits. */
export const depositLines = (cart: any) =>
  (cart.credit_lines ?? []).filter((line: any) => line.reference === "item-deposit")

/** The deposit as the admin route returns it (ledger in `transactions`). */
export async function retrieveDeposit(api: any, headers: Record<string, string>, id: string) {
  return (await api.get(`/admin/item-deposits/${id}`, { headers })).data.item_deposit
}

/** A new storefront customer with a unique email, logged in. */
export function registerShopper(shop: Storefront, name: string) {
  return registerCustomer(shop, {
    email: `${name}-${Date.now()}-${Math.random()}@example.com`,
    password: "secret-password",
    first_name: name,
    last_name: "Shopper",
  })
}

/**
 * An active percentage promotion on items (each), as the admin creates it;
 * `extra` adds e.g. `is_automatic` or target rules.
 */
export async function createPercentagePromotion(
  api: any,
  headers: Record<string, string>,
  code: string,
  value: number,
  extra: { is_automatic?: boolean; target_rules?: unknown[] } = {}
) {
  const { target_rules, ...promotion } = extra
  const { data } = await api.post(
    "/admin/promotions",
    {
      code,
      type: "standard",
      status: "active",
      ...promotion,
      application_method: {
        type: "percentage",
        target_type: "items",
        allocation: "each",
        value,
        max_quantity: 10,
        currency_code: "eur",
        ...(target_rules ? { target_rules } : {}),
      },
    },
    { headers }
  )
  return data.promotion as { id: string; code: string }
}
