import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { createAdminHeaders } from "../helpers/admin"
import { createPhoneProduct, createStockLocation } from "../helpers/fixtures"
import { testHooks } from "../helpers/test-hooks"
import { attempt, createDraftPurchase, enablePurchasing, TEST_APP_DIR } from "./utils"

jest.setTimeout(240_000)

medusaIntegrationTestRunner({
  cwd: TEST_APP_DIR,
  inApp: true,
  testSuite: ({ api, getContainer, dbConnection }) => {
    let headers: Record<string, string>
    let location: { id: string }

    beforeEach(async () => {
      ;({ headers } = await createAdminHeaders(getContainer()))
      location = await createStockLocation(getContainer())
      await enablePurchasing(api, headers, { default_location_id: location.id })
      testHooks().failures.clear()
    })

    const PAYOUT = {
      lines: [
        { method_id: "cash", amount: 35 },
        { method_id: "store_credit", amount: 120 },
      ],
    }

    async function storeCredit(customerId: string) {
      const { data } = await api.get(`/admin/store-credit-accounts?customer_id=${customerId}`, { headers })
      const account = data.store_credit_accounts[0]
      if (!account) {
        return { account: undefined, transactions: [] as any[] }
      }
      const detail = await api.get(`/admin/store-credit-accounts/${account.id}`, { headers })
      const { data: tx } = await api.get(`/admin/store-credit-accounts/${account.id}/transactions`, { headers })
      return { account: detail.data.store_credit_account, transactions: tx.transactions }
    }

    /** The phone variant's stocked quantity at the test location (its SKU is PHONE-64). */
    async function stockedAt() {
      const { data } = await api.get(`/admin/inventory-items?sku=PHONE-64&fields=*location_levels`, {
        headers,
      })
      const level = data.inventory_items[0]?.location_levels.find((l: any) => l.location_id === location.id)
      return level?.stocked_quantity
    }

    it("pays a purchase out once under 20 concurrent payout requests", async () => {
      const purchase = await createDraftPurchase(api, headers)

      const responses = await Promise.all(
        Array.from({ length: 20 }, () =>
          attempt(api.post(`/admin/customer-purchases/${purchase.id}/payout`, PAYOUT, { headers }))
        )
      )
      const statuses = responses.map((r) => r.status)
      expect(statuses.filter((s) => s === 200)).toHaveLength(1)
      expect(statuses.filter((s) => s === 409)).toHaveLength(19)
      // Each loser either saw the payout made, or gave up waiting for the
      // winner's lock (a loaded machine): both a 409 the admin can act on.
      for (const loser of responses.filter((r) => r.status === 409)) {
        expect(loser.data.message).toMatch(/already been paid out|is paid|try again in a moment/)
      }

      const payouts = await dbConnection.raw(
        `select count(*)::int as n from customer_purchase_payout where purchase_id = ?`,
        [purchase.id]
      )
      expect(payouts.rows[0].n).toBe(1)

      const { account, transactions } = await storeCredit(purchase.customer_id)
      expect(transactions).toHaveLength(1)
      expect(transactions[0]).toMatchObject({ type: "credit", amount: 120, reference_id: purchase.id })
      expect(account.balance).toBe(120)

      const { data: log } = await api.get(`/admin/customer-purchases/${purchase.id}/activity`, { headers })
      expect(log.activity.filter((a: any) => a.type === "paid_out")).toHaveLength(1)
    })

    it("stocks an item once under concurrent and repeated stock requests", async () => {
      const { variant } = await createPhoneProduct(getContainer())
      const purchase = await createDraftPurchase(api, headers, {
        items: [{ title: "Phone", variant_id: variant.id, quantity: 3, unit_price: 40 }],
      })
      await api.post(
        `/admin/customer-purchases/${purchase.id}/payout`,
        { lines: [{ method_id: "cash", amount: 120 }] },
        { headers }
      )
      const item = purchase.items[0]

      const responses = await Promise.all(
        Array.from({ length: 10 }, () =>
          attempt(api.post(`/admin/customer-purchases/${purchase.id}/items/${item.id}/stock`, {}, { headers }))
        )
      )
      expect(responses.map((r) => r.status).sort()).toEqual([200, ...Array(9).fill(409)])
      expect(await stockedAt()).toBe(3)

      const again = await attempt(
        api.post(`/admin/customer-purchases/${purchase.id}/items/${item.id}/stock`, {}, { headers })
      )
      expect(again.status).toBe(409)
      expect(again.data.message).toContain("already stocked")
      expect(await stockedAt()).toBe(3)
    })

    it("rolls a payout back entirely when a step after the store credit fails", async () => {
      const purchase = await createDraftPurchase(api, headers)
      testHooks().failures.add("purchasePaidOut")

      const failed = await attempt(
        api.post(`/admin/customer-purchases/${purchase.id}/payout`, PAYOUT, { headers })
      )
      expect(failed.status).toBe(500)

      const { data } = await api.get(`/admin/customer-purchases/${purchase.id}`, { headers })
      expect(data.customer_purchase.status).toBe("draft")
      expect(data.customer_purchase.paid_at).toBeNull()
      expect(data.customer_purchase.payout).toBeFalsy()
      const { account, transactions } = await storeCredit(purchase.customer_id)
      expect(account).toBeUndefined()
      expect(transactions).toEqual([])
      const rows = await dbConnection.raw(
        `select (select count(*)::int from customer_purchase_payout) as payouts,
                (select count(*)::int from customer_purchase_payout_line) as lines,
                (select count(*)::int from store_credit_account_transaction) as credits`
      )
      expect(rows.rows[0]).toEqual({ payouts: 0, lines: 0, credits: 0 })

      // Once the fault is gone, the same payout goes through.
      testHooks().failures.clear()
      const ok = await api.post(`/admin/customer-purchases/${purchase.id}/payout`, PAYOUT, { headers })
      expect(ok.data.customer_purchase.status).toBe("paid")
      expect((await storeCredit(purchase.customer_id)).account.balance).toBe(120)
    })

    it("rolls stocking back entirely when a step after the inventory change fails", async () => {
      const { variant } = await createPhoneProduct(getContainer())
      const purchase = await createDraftPurchase(api, headers, {
        items: [
          { title: "Phone", variant_id: variant.id, quantity: 2, unit_price: 40 },
          { title: "Tablet", serial_number: "TAB-1", unit_price: 60 },
        ],
      })
      await api.post(
        `/admin/customer-purchases/${purchase.id}/payout`,
        { lines: [{ method_id: "cash", amount: 140 }] },
        { headers }
      )
      const [phone, tablet] = purchase.items
      const productsBefore = (await api.get(`/admin/products`, { headers })).data.count
      testHooks().failures.add("purchaseItemStocked")

      // Into an existing variant: no inventory level is left behind.
      const failed = await attempt(
        api.post(`/admin/customer-purchases/${purchase.id}/items/${phone.id}/stock`, {}, { headers })
      )
      expect(failed.status).toBe(500)
      expect(await stockedAt()).toBeUndefined()

      // As a new product: the product is removed again.
      const failedNew = await attempt(
        api.post(
          `/admin/customer-purchases/${purchase.id}/items/${tablet.id}/stock`,
          { product: { title: "Tablet (refurbished)" } },
          { headers }
        )
      )
      expect(failedNew.status).toBe(500)
      expect((await api.get(`/admin/products`, { headers })).data.count).toBe(productsBefore)

      const { data } = await api.get(`/admin/customer-purchases/${purchase.id}`, { headers })
      expect(data.customer_purchase.status).toBe("paid")
      for (const item of data.customer_purchase.items) {
        expect(item).toMatchObject({ status: "received", stocked_at: null, stocked_location_id: null, unit_cost: null })
      }
      const inventoryLevels = await getContainer()
        .resolve(Modules.INVENTORY)
        .listInventoryLevels({ location_id: location.id })
      expect(inventoryLevels).toEqual([])

      testHooks().failures.clear()
      await api.post(`/admin/customer-purchases/${purchase.id}/items/${phone.id}/stock`, {}, { headers })
      expect(await stockedAt()).toBe(2)
    })
  },
})
