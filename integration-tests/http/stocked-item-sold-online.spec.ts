/**
 * A bought item stocked as a new product must be sellable online: the
 * product lands in a sales channel (the store's default when the merchant
 * picks none), its variant has a price in the purchase's currency, and a
 * storefront (js-sdk, publishable key of that channel) adds it to a cart and
 * checks out. Also: the inventory item is named after the product.
 */
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { seedDepositStore, type DepositStore } from "../helpers/deposits"
import { addShipping, createCart, newSdk, placeOrder, TEST_ADDRESS } from "../helpers/storefront"
import { attempt, createDraftPurchase, enablePurchasing, TEST_APP_DIR } from "./utils"

jest.setTimeout(240_000)

medusaIntegrationTestRunner({
  cwd: TEST_APP_DIR,
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let store: DepositStore

    beforeAll(async () => {
      store = await seedDepositStore(api, getContainer())
      await enablePurchasing(api, store.headers, {
        default_location_id: store.seeded.stockLocation.id,
      })
    })

    /** A paid-out purchase (the shared draft: an iPhone at 150 and two cables at 2.50, in EUR). */
    async function paidPurchase() {
      const draft = await createDraftPurchase(api, store.headers)
      await api.post(
        `/admin/customer-purchases/${draft.id}/payout`,
        { lines: [{ method_id: "cash", amount: 155 }] },
        { headers: store.headers }
      )
      return { purchase: draft, phone: draft.items.find((i: any) => i.serial_number) }
    }

    const stock = (purchaseId: string, itemId: string, body: Record<string, unknown>) =>
      api.post(`/admin/customer-purchases/${purchaseId}/items/${itemId}/stock`, body, {
        headers: store.headers,
      })

    async function variantOf(variantId: string) {
      const { data } = await api.get(
        `/admin/product-variants?id=${variantId}&fields=title,sku,*prices,product.title,product.status,*product.sales_channels,product.shipping_profile.type,*inventory_items.inventory`,
        { headers: store.headers }
      )
      return data.variants[0]
    }

    it("a phone stocked as a new product is bought through a storefront checkout", async () => {
      const { purchase, phone } = await paidPurchase()
      const stocked = await stock(purchase.id, phone.id, {
        product: {
          title: "iPhone 12 (refurbished)",
          status: "published",
          variant: { prices: [{ amount: 299, currency_code: "eur" }] },
        },
      })
      const variantId = stocked.data.customer_purchase.items.find((i: any) => i.id === phone.id).variant_id

      const variant = await variantOf(variantId)
      // No channel picked and none in the settings: the store's default one.
      expect(variant.product.sales_channels.map((c: any) => c.id)).toEqual([store.seeded.salesChannel.id])
      // The store's default shipping profile, or no checkout could ship it.
      expect(variant.product.shipping_profile?.type).toBe("default")
      expect(variant.prices).toEqual([expect.objectContaining({ amount: 299, currency_code: "eur" })])
      // Named like the product it became, not like the purchase line.
      expect(variant.title).toBe("Default variant")
      expect(variant.inventory_items[0].inventory).toMatchObject({
        title: "iPhone 12 (refurbished)",
        sku: "IMEI356938035643809",
      })

      // A guest at the storefront of that channel buys it.
      const sdk = newSdk(store.shop)
      const cart = await createCart(sdk, {
        region_id: store.seeded.region.id,
        email: `guest-${Date.now()}@example.com`,
        shipping_address: TEST_ADDRESS,
        items: [{ variant_id: variantId, quantity: 1 }],
      })
      expect(cart.items).toHaveLength(1)
      expect(cart.total).toBe(299)
      await addShipping(sdk, cart.id)
      const order = await placeOrder(sdk, cart.id)
      expect(order.items).toEqual([expect.objectContaining({ variant_id: variantId, quantity: 1 })])
      expect(order.total).toBe(299)

      // The stocked unit is now reserved for that order.
      const { data } = await api.get(
        `/admin/inventory-items/${variant.inventory_items[0].inventory_item_id}?fields=*location_levels`,
        { headers: store.headers }
      )
      expect(data.inventory_item.location_levels[0]).toMatchObject({ stocked_quantity: 1, reserved_quantity: 1 })
    })

    it("settings pick the sales channels; with no price sent, the variant is priced at its unit cost", async () => {
      const { data: created } = await api.post(
        "/admin/sales-channels",
        { name: "Second-hand shop" },
        { headers: store.headers }
      )
      const channel = created.sales_channel
      await enablePurchasing(api, store.headers, { default_sales_channel_ids: [channel.id] })

      const { purchase, phone } = await paidPurchase()
      const stocked = await stock(purchase.id, phone.id, {
        product: { title: "iPhone 12" },
        refurbishment_cost: 20,
      })
      const variantId = stocked.data.customer_purchase.items.find((i: any) => i.id === phone.id).variant_id
      const variant = await variantOf(variantId)
      expect(variant.product.sales_channels.map((c: any) => c.id)).toEqual([channel.id])
      // 150 paid + 20 refurbishment: purchasable at no loss.
      expect(variant.prices).toEqual([expect.objectContaining({ amount: 170, currency_code: "eur" })])
    })

    it("an unknown sales channel is a 400 naming sales_channel_ids, and nothing is stocked", async () => {
      const { purchase, phone } = await paidPurchase()
      const refused = await attempt(
        stock(purchase.id, phone.id, { product: { title: "iPhone 12" }, sales_channel_ids: ["sc_missing"] })
      )
      expect(refused.status).toBe(400)
      expect(refused.data.message).toMatch(/sales_channel_ids/)

      const { data } = await api.get(`/admin/customer-purchases/${purchase.id}`, { headers: store.headers })
      expect(data.customer_purchase.items.find((i: any) => i.id === phone.id)).toMatchObject({
        status: "received",
        variant_id: null,
      })
      const products = await api.get("/admin/products?q=iPhone", { headers: store.headers })
      expect(products.data.products).toHaveLength(0)
    })

    it("settings refuse an unknown default sales channel", async () => {
      const refused = await attempt(
        api.post("/admin/purchase-settings", { default_sales_channel_ids: ["sc_missing"] }, { headers: store.headers })
      )
      expect(refused.status).toBe(404)
    })
  },
})
