import path from "path"

/** The test app: the BUILT plugin next to the loyalty plugin. */
export const TEST_APP_DIR = path.join(__dirname, "..", "app")

/** Enables purchasing and returns the settings. */
export async function enablePurchasing(api: any, headers: any, extra: Record<string, unknown> = {}) {
  const { data } = await api.post(
    "/admin/purchase-settings",
    { enabled: true, ...extra },
    { headers }
  )
  return data.purchase_settings
}

/** Creates a draft purchase from a new customer with two items. */
export async function createDraftPurchase(api: any, headers: any, overrides: Record<string, unknown> = {}) {
  const { data } = await api.post(
    "/admin/customer-purchases",
    {
      customer: { first_name: "Sam", last_name: "Seller", email: `sam-${Date.now()}-${Math.random()}@example.com` },
      seller: {
        phone: "+44 7700 900123",
        address: { address_1: "1 High Street", city: "Leeds" },
        id_document: { type: "driving_licence", number: "SELLE801017SS9AB", expires_at: "2030-01-01" },
      },
      currency_code: "eur",
      notes: "Walked in with a phone and a tablet",
      items: [
        { title: "iPhone 12", serial_number: "IMEI356938035643809", condition: "good", unit_price: 150 },
        { title: "Charging cable", quantity: 2, unit_price: "2.50" },
      ],
      ...overrides,
    },
    { headers }
  )
  return data.customer_purchase
}

/** Axios rejects on 4xx/5xx: this returns the response either way. */
export async function attempt<T = any>(request: Promise<T>): Promise<any> {
  try {
    return await request
  } catch (error: any) {
    if (!error.response) {
      throw error
    }
    return error.response
  }
}
