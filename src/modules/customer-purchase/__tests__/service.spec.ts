import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { CUSTOMER_PURCHASE_MODULE } from ".."
import CustomerPurchaseModuleService from "../service"
import { CustomerPurchase } from "../models/customer-purchase"
import { CustomerPurchaseItem } from "../models/customer-purchase-item"
import { PurchaseActivity } from "../models/purchase-activity"
import { PurchaseAttachment } from "../models/purchase-attachment"
import { PurchasePayout } from "../models/purchase-payout"
import { PurchasePayoutLine } from "../models/purchase-payout-line"
import { PurchaseSetting } from "../models/purchase-setting"

jest.setTimeout(180_000)

moduleIntegrationTestRunner<CustomerPurchaseModuleService>({
  moduleName: CUSTOMER_PURCHASE_MODULE,
  moduleModels: [
    CustomerPurchase,
    CustomerPurchaseItem,
    PurchaseActivity,
    PurchaseAttachment,
    PurchasePayout,
    PurchasePayoutLine,
    PurchaseSetting,
  ],
  resolve: "./src/modules/customer-purchase",
  testSuite: ({ service }) => {
    const newPurchase = () =>
      service.createCustomerPurchases({
        customer_id: "cus_1",
        currency_code: "eur",
        seller_first_name: "Sam",
        seller_last_name: "Seller",
        items: [{ title: "Phone", unit_price: 10, quantity: 1, status: "received" }],
      } as any)

    it("generates the method names its types promise", () => {
      for (const name of [
        "listCustomerPurchases",
        "listAndCountCustomerPurchases",
        "createCustomerPurchaseItems",
        "createPurchaseActivities",
        "listPurchaseActivities",
        "createPurchaseAttachments",
        "createPurchasePayouts",
        "listPurchasePayoutLines",
        "deletePurchasePayoutLines",
        "listPurchaseSettings",
        "createPurchaseSettings",
        "updatePurchaseSettings",
        "softDeleteCustomerPurchaseItems",
        "restoreCustomerPurchaseItems",
      ]) {
        expect([name, typeof (service as any)[name]]).toEqual([name, "function"])
      }
    })

    it("returns default settings without writing, and saves one row", async () => {
      const defaults = await service.retrieveSettings()
      expect(defaults).toMatchObject({ id: null, enabled: false })
      expect(defaults.stages.map((s) => s.value)).toEqual(["received", "testing", "refurbishing", "ready"])
      expect(await service.listPurchaseSettings()).toHaveLength(0)

      await Promise.all([
        service.saveSettings({ enabled: true }),
        service.saveSettings({ receipt_template: { store_name: "Shop" } as any }),
      ])
      const rows = await service.listPurchaseSettings()
      expect(rows).toHaveLength(1)
      const saved = await service.retrieveSettings()
      expect(saved.enabled).toBe(true)
      expect(saved.receipt_template.store_name).toBe("Shop")
      // Merged, not replaced: the other template fields keep their defaults.
      expect(saved.receipt_template.signature_lines).toEqual(["Seller", "Staff member"])
    })

    it("lets exactly one of many concurrent transitions through, by row lock alone", async () => {
      const purchase = await newPurchase()
      const results = await Promise.allSettled(
        Array.from({ length: 12 }, () =>
          service.transitionPurchaseStatus(purchase.id, {
            from: ["draft"],
            to: "paid",
            message: "The purchase is {status}.",
          })
        )
      )
      const fulfilled = results.filter((r) => r.status === "fulfilled")
      const rejected = results.filter((r) => r.status === "rejected") as PromiseRejectedResult[]
      expect(fulfilled).toHaveLength(1)
      expect(rejected).toHaveLength(11)
      expect(rejected[0].reason.message).toBe("The purchase is paid.")
      expect(rejected[0].reason.code).toBe("state_conflict")
      const after = await service.retrieveCustomerPurchase(purchase.id)
      expect(after.status).toBe("paid")
      expect(after.paid_at).toBeInstanceOf(Date)
    })

    it("finalises an item once, and completes the purchase when every item is final", async () => {
      const purchase = await newPurchase()
      const [item] = await service.listCustomerPurchaseItems({ purchase_id: purchase.id })
      await service.transitionPurchaseStatus(purchase.id, { from: ["draft"], to: "paid", message: "" })

      const results = await Promise.allSettled(
        Array.from({ length: 8 }, () => service.transitionItemStatus(item.id, "stocked"))
      )
      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1)
      expect(await service.completePurchaseIfDone(purchase.id)).toBe(true)
      expect((await service.retrieveCustomerPurchase(purchase.id)).status).toBe("completed")
      expect(await service.completePurchaseIfDone(purchase.id)).toBe(false)
    })

    it("refuses to remove a stage that items are in", async () => {
      await newPurchase()
      await expect(
        service.saveSettings({ stages: [{ value: "testing", label: "Testing" }] })
      ).rejects.toThrow('Stage "received" cannot be removed')
      await service.saveSettings({
        stages: [
          { value: "received", label: "Booked in" },
          { value: "ready", label: "Ready" },
        ],
      })
      expect((await service.retrieveSettings()).stages[0].label).toBe("Booked in")
    })
  },
})
