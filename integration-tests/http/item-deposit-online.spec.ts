/**
 * Online deposits, driven through @medusajs/js-sdk as a storefront does: a
 * customer buys a deposit on a variant (or a top-up of one) through an
 * ordinary checkout; the placed and paid order records it once; a later
 * cart with the variant consumes it by itself; a cancelled order voids it
 * once, and so does a refund that leaves too little to cover it; the
 * merchant's settings refuse what they do not allow.
 */
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import type { SeededStore } from "../../scripts/lib/seed-store"
import { depositLines, PHONE, registerShopper, retrieveDeposit, seedDepositStore } from "../helpers/deposits"
import { eventually } from "../helpers/fixtures"
import {
  addShipping,
  applyStoreCredit,
  completeCart,
  createCart,
  creditStoreCredit,
  placeOrder,
  TEST_ADDRESS,
  type Sdk,
  type Storefront,
} from "../helpers/storefront"
import { TEST_APP_DIR } from "./utils"

jest.setTimeout(300_000)

// A 200 EUR camera that does not accept deposits, and a one-off rare lamp.
const CAMERA = { handle: "camera", title: "Camera", variants: [{ sku: "CAMERA", prices: { eur: 200 }, stock: 1000 }] }
const LAMP = (n: number) => ({ handle: `lamp-${n}`, title: `Lamp ${n}`, variants: [{ sku: `LAMP${n}`, prices: { eur: 100 }, stock: 1 }] })
const TRIALS = 3

medusaIntegrationTestRunner({
  cwd: TEST_APP_DIR,
  inApp: true,
  testSuite: ({ api, getContainer, dbConnection }) => {
    let seeded: SeededStore
    let shop: Storefront
    let headers: Record<string, string>
    let phone: string

    beforeAll(async () => {
      const lamps = Array.from({ length: TRIALS }, (_, i) => LAMP(i))
      ;({ seeded, shop, headers, phone } = await seedDepositStore(api, getContainer(), [PHONE, CAMERA, ...lamps]))
      await api.post(
        "/admin/item-deposit-settings",
        {
          online_enabled: true,
          online_product_ids: [seeded.products["phone"].id, ...lamps.map((l) => seeded.products[l.handle].id)],
          online_min_percent: 20,
          online_max_percent: 50,
        },
        { headers }
      )
    })

    /** The store route, through the SDK's client like any custom route. */
    const addDepositLine = (sdk: Sdk, cartId: string, body: Record<string, unknown>) =>
      sdk.client.fetch<{ cart: any }>(`/store/carts/${cartId}/deposit-lines`, { method: "POST", body }).then(
        (r) => ({ status: 200, cart: r.cart, message: undefined as string | undefined }),
        (e: any) => ({ status: e.status as number, cart: undefined as any, message: e.message as string })
      )

    const myDeposits = async (sdk: Sdk) =>
      (await sdk.client.fetch<{ item_deposits: any[] }>("/store/customers/me/item-deposits")).item_deposits

    async function ledger(depositId: string) {
      const { rows } = await dbConnection.raw(
        `select type, amount::numeric as amount from item_deposit_transaction where deposit_id = ? order by created_at, id`,
        [depositId]
      )
      return rows.map((r: any) => [r.type, Number(r.amount)])
    }

    const counts = async () => {
      const { rows } = await dbConnection.raw(
        `select (select count(*) from item_deposit)::int as deposits, (select count(*) from item_deposit_transaction)::int as entries`
      )
      return rows[0]
    }

    /** A cart holding only a deposit line, shipped, paid and placed. */
    async function buyDepositOnline(sdk: Sdk, body: Record<string, unknown>) {
      const cart = await createCart(sdk, { region_id: seeded.region.id, shipping_address: TEST_ADDRESS })
      const added = await addDepositLine(sdk, cart.id, body)
      expect([added.status, added.message]).toEqual([200, undefined])
      return { cart: added.cart, order: await placeOrder(sdk, cart.id) }
    }

    it("buys a deposit online, then a later cart with the variant consumes it by itself", async () => {
      const { sdk, customer } = await registerShopper(shop, "olive")
      const cart = await createCart(sdk, { region_id: seeded.region.id, shipping_address: TEST_ADDRESS })
      const { cart: withLine } = await addDepositLine(sdk, cart.id, { variant_id: phone, amount_per_unit: 40, units: 2 })
      // The line: 40 × 2, custom-priced, not the phone itself (no variant_id).
      expect(withLine.items).toEqual([
        expect.objectContaining({
          unit_price: 40,
          quantity: 2,
          variant_id: null,
          requires_shipping: false,
          metadata: { item_deposit_line: expect.objectContaining({ kind: "deposit", variant_id: phone }) },
        }),
      ])
      expect(withLine.total).toBe(80)
      expect(depositLines(withLine)).toEqual([])

      const order = await placeOrder(sdk, cart.id)
      const deposit = await eventually(async () => {
        const [d] = await myDeposits(sdk)
        expect(d).toBeDefined()
        return d
      })
      const admin = await retrieveDeposit(api, headers, deposit.id)
      expect(admin).toMatchObject({
        customer_id: customer.id,
        variant_id: phone,
        amount_per_unit: 40,
        units: 2,
        status: "active",
        source: "online",
        source_order_id: order.id,
        payment_method: "pp_system_default",
        remaining_amount: 80,
      })
      expect(admin.payment_reference).toContain(order.id)
      // The order.placed event again (a redelivery): nothing twice.
      await getContainer().resolve(Modules.EVENT_BUS).emit([
        { name: "order.placed", data: { id: order.id } },
        { name: "order.placed", data: { id: order.id } },
      ])
      await new Promise((r) => setTimeout(r, 1500))
      expect((await myDeposits(sdk)).length).toBe(1)
      expect(await ledger(deposit.id)).toEqual([["payment", 80]])

      // Later: a cart with one phone gets 40 of it, by itself, and the order consumes it.
      const later = await createCart(sdk, { region_id: seeded.region.id, items: [{ variant_id: phone, quantity: 1 }], shipping_address: TEST_ADDRESS })
      expect(depositLines(later)).toEqual([expect.objectContaining({ reference_id: deposit.id, amount: 40 })])
      await addShipping(sdk, later.id)
      const second = await placeOrder(sdk, later.id)
      expect(second.total).toBe(60)
      await eventually(async () =>
        expect(await retrieveDeposit(api, headers, deposit.id)).toMatchObject({ status: "active", remaining_amount: 40 })
      )
    })

    it("tops up an active deposit online by the same route, once per order", async () => {
      const { sdk } = await registerShopper(shop, "tobias")
      await buyDepositOnline(sdk, { variant_id: phone, amount_per_unit: 20, units: 1 })
      const deposit = await eventually(async () => {
        const [d] = await myDeposits(sdk)
        expect(d).toBeDefined()
        return d
      })

      const { cart, order } = await buyDepositOnline(sdk, { deposit_id: deposit.id, amount_per_unit: 15 })
      expect(cart.items).toEqual([
        expect.objectContaining({ unit_price: 15, quantity: 1, metadata: { item_deposit_line: expect.objectContaining({ kind: "top_up", deposit_id: deposit.id }) } }),
      ])
      await eventually(async () =>
        expect(await retrieveDeposit(api, headers, deposit.id)).toMatchObject({ amount_per_unit: 35, remaining_amount: 35 })
      )
      await getContainer().resolve(Modules.EVENT_BUS).emit([{ name: "order.placed", data: { id: order.id } }])
      await new Promise((r) => setTimeout(r, 1000))
      expect(await ledger(deposit.id)).toEqual([["payment", 20], ["payment", 15]])

      // Past the maximum share (50% of 100): refused, naming the field.
      const tooMuch = await addDepositLine(sdk, (await createCart(sdk, { region_id: seeded.region.id })).id, { deposit_id: deposit.id, amount_per_unit: 20 })
      expect(tooMuch.status).toBe(400)
      expect(tooMuch.message).toContain("amount_per_unit")
    })

    it("refuses what the settings do not allow, naming the field, and writes nothing", async () => {
      const { sdk } = await registerShopper(shop, "rena")
      const cart = await createCart(sdk, { region_id: seeded.region.id })
      const before = await counts()
      const camera = seeded.variants["CAMERA"].id

      const refusals = [
        [{ variant_id: camera, amount_per_unit: 60, units: 1 }, "variant_id: this product does not accept deposits"],
        [{ variant_id: phone, amount_per_unit: 19.99, units: 1 }, "amount_per_unit: must be at least 20%"],
        [{ variant_id: phone, amount_per_unit: 50.01, units: 1 }, "amount_per_unit: must be at most 50%"],
        [{ variant_id: phone, amount_per_unit: -5, units: 1 }, "amount_per_unit"],
        [{ variant_id: phone, amount_per_unit: 30 }, "units"],
        [{ variant_id: phone, deposit_id: "idep_x", amount_per_unit: 30 }, "variant_id"],
      ] as const
      for (const [body, message] of refusals) {
        const res = await addDepositLine(sdk, cart.id, body)
        expect([res.status, res.message]).toEqual([400, expect.stringContaining(message)])
      }
      // Someone else's deposit or cart: as if it did not exist.
      expect((await addDepositLine(sdk, cart.id, { deposit_id: "idep_unknown", amount_per_unit: 10 })).status).toBe(404)
      const { sdk: other } = await registerShopper(shop, "mallory")
      expect((await addDepositLine(other, cart.id, { variant_id: phone, amount_per_unit: 30, units: 1 })).status).toBe(404)

      expect((await sdk.store.cart.retrieve(cart.id)).cart.items).toEqual([])
      expect(await counts()).toEqual(before)

      // Online deposits switched off: refused too.
      await api.post("/admin/item-deposit-settings", { online_enabled: false }, { headers })
      try {
        const off = await addDepositLine(sdk, cart.id, { variant_id: phone, amount_per_unit: 30, units: 1 })
        expect([off.status, off.message]).toEqual([400, expect.stringContaining("variant_id: this store does not take deposits online")])
      } finally {
        await api.post("/admin/item-deposit-settings", { online_enabled: true }, { headers })
      }
    })

    it("does not let store credit pay for a deposit line unless the settings allow it", async () => {
      const { sdk, customer } = await registerShopper(shop, "celia")
      await creditStoreCredit(api, headers, { customer_id: customer.id, amount: 100 })
      const cart = await createCart(sdk, { region_id: seeded.region.id, shipping_address: TEST_ADDRESS })
      await addDepositLine(sdk, cart.id, { variant_id: phone, amount_per_unit: 30, units: 1 })
      await applyStoreCredit(sdk, cart.id)
      const before = await counts()
      const refused = await completeCart(sdk, cart.id)
      expect(refused.ok).toBe(false)
      expect((refused as any).message).toMatch(/deposit line must be paid by a payment/)
      expect(await counts()).toEqual(before)
    })

    it("voids a deposit bought online once when its order is cancelled, however often the event comes", async () => {
      const { sdk } = await registerShopper(shop, "carl")
      const { order } = await buyDepositOnline(sdk, { variant_id: phone, amount_per_unit: 25, units: 2 })
      const deposit = await eventually(async () => {
        const [d] = await myDeposits(sdk)
        expect(d).toBeDefined()
        return d
      })
      await api.post(`/admin/orders/${order.id}/cancel`, {}, { headers })
      await eventually(async () => expect((await retrieveDeposit(api, headers, deposit.id)).status).toBe("cancelled"))
      await getContainer().resolve(Modules.EVENT_BUS).emit([
        { name: "order.canceled", data: { id: order.id } },
        { name: "order.canceled", data: { id: order.id } },
      ])
      await new Promise((r) => setTimeout(r, 1500))
      expect(await ledger(deposit.id)).toEqual([["payment", 50], ["cancellation", 50]])
      expect((await retrieveDeposit(api, headers, deposit.id)).remaining_amount).toBe(0)
      // A cancelled deposit pays for nothing.
      const later = await createCart(sdk, { region_id: seeded.region.id, items: [{ variant_id: phone, quantity: 1 }] })
      expect(depositLines(later)).toEqual([])
    })

    it("voids an online deposit only once refunds leave too little to cover it, once however often they come", async () => {
      const { sdk } = await registerShopper(shop, "rita")
      // A camera (200) and a 2 × 25 deposit on the phone in one order, plus shipping.
      const cart = await createCart(sdk, {
        region_id: seeded.region.id,
        items: [{ variant_id: seeded.variants["CAMERA"].id, quantity: 1 }],
        shipping_address: TEST_ADDRESS,
      })
      await addShipping(sdk, cart.id)
      expect((await addDepositLine(sdk, cart.id, { variant_id: phone, amount_per_unit: 25, units: 2 })).status).toBe(200)
      const order = await placeOrder(sdk, cart.id)
      const deposit = await eventually(async () => {
        const [d] = await myDeposits(sdk)
        expect(d).toBeDefined()
        return d
      })
      const { data } = await api.get(`/admin/orders/${order.id}?fields=total,*payment_collections.payments`, { headers })
      const payment = data.order.payment_collections[0].payments[0]
      expect(Number(payment.amount)).toBe(Number(data.order.total))

      // Capturing emits payment.captured: the deposit is not recorded twice.
      await api.post(`/admin/payments/${payment.id}/capture`, {}, { headers })
      // Refunding the camera leaves more than the deposit's 50 with the merchant.
      await api.post(`/admin/payments/${payment.id}/refund`, { amount: 200 }, { headers })
      await new Promise((r) => setTimeout(r, 1500))
      expect(await ledger(deposit.id)).toEqual([["payment", 50]])
      expect((await retrieveDeposit(api, headers, deposit.id)).status).toBe("active")

      // Refunding into the deposit's share voids it, whole.
      await api.post(`/admin/payments/${payment.id}/refund`, { amount: Number(data.order.total) - 200 - 40 }, { headers })
      await eventually(async () => expect((await retrieveDeposit(api, headers, deposit.id)).status).toBe("cancelled"))
      await getContainer().resolve(Modules.EVENT_BUS).emit([
        { name: "payment.refunded", data: { id: payment.id } },
        { name: "payment.refunded", data: { id: payment.id } },
      ])
      // Cancelling refunds the last 40 and emits order.canceled: still one void.
      expect((await api.post(`/admin/orders/${order.id}/cancel`, {}, { headers })).status).toBe(200)
      await new Promise((r) => setTimeout(r, 1500))
      expect(await ledger(deposit.id)).toEqual([["payment", 50], ["cancellation", 50]])
      expect((await retrieveDeposit(api, headers, deposit.id)).remaining_amount).toBe(0)
    })

    it("race: the last unit held for a deposit bought online goes to its holder, the rival is refused", async () => {
      await api.post("/admin/item-deposit-settings", { hold_stock: true }, { headers })
      try {
        for (let trial = 0; trial < TRIALS; trial++) {
          const lamp = seeded.variants[`LAMP${trial}`].id
          const { sdk: holderSdk } = await registerShopper(shop, `holder${trial}`)
          const { sdk: rivalSdk } = await registerShopper(shop, `rival${trial}`)
          // The rival's cart has the lamp before the deposit is bought.
          const rivalCart = await createCart(rivalSdk, { region_id: seeded.region.id, items: [{ variant_id: lamp, quantity: 1 }], shipping_address: TEST_ADDRESS })
          await addShipping(rivalSdk, rivalCart.id)
          await buyDepositOnline(holderSdk, { variant_id: lamp, amount_per_unit: 30, units: 1 })
          const deposit = await eventually(async () => {
            const [d] = await myDeposits(holderSdk)
            expect((await retrieveDeposit(api, headers, d.id)).reservations).toEqual([expect.objectContaining({ status: "held", quantity: 1 })])
            return d
          })
          const holderCart = await createCart(holderSdk, { region_id: seeded.region.id, items: [{ variant_id: lamp, quantity: 1 }], shipping_address: TEST_ADDRESS })
          expect(depositLines(holderCart)).toEqual([expect.objectContaining({ reference_id: deposit.id, amount: 30 })])
          await addShipping(holderSdk, holderCart.id)

          const [rival, mine] = await Promise.all([completeCart(rivalSdk, rivalCart.id), completeCart(holderSdk, holderCart.id)])
          expect([trial, mine.ok, (mine as any).message]).toEqual([trial, true, undefined])
          expect([trial, rival.ok]).toEqual([trial, false])
          await eventually(async () => expect((await retrieveDeposit(api, headers, deposit.id)).status).toBe("consumed"))
        }
      } finally {
        await api.post("/admin/item-deposit-settings", { hold_stock: false }, { headers })
      }
    })
  },
})
