import { seedStore, type SeedProduct, type SeededStore } from "../../scripts/lib/seed-store"
import { createAdminHeaders } from "./admin"
import { storefront, type Storefront } from "./storefront"

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
