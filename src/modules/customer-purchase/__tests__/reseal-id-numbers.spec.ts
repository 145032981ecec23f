import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { randomBytes } from "crypto"
import { CUSTOMER_PURCHASE_MODULE } from ".."
import CustomerPurchaseModuleService from "../service"
import { CustomerPurchase } from "../models/customer-purchase"
import { CustomerPurchaseItem } from "../models/customer-purchase-item"
import { PurchaseActivity } from "../models/purchase-activity"
import { PurchaseAttachment } from "../models/purchase-attachment"
import { PurchasePayout } from "../models/purchase-payout"
import { PurchasePayoutLine } from "../models/purchase-payout-line"

jest.setTimeout(180_000)

const KEY = randomBytes(32).toString("base64")

/**
 * The second half of a key rotation (README "Compliance"): numbers stored in
 * plain text before a key was set are sealed, once, and a purge that runs at
 * the same time is never undone.
 */
moduleIntegrationTestRunner<CustomerPurchaseModuleService>({
  moduleName: CUSTOMER_PURCHASE_MODULE,
  moduleModels: [
    CustomerPurchase,
    CustomerPurchaseItem,
    PurchaseActivity,
    PurchaseAttachment,
    PurchasePayout,
    PurchasePayoutLine,
  ],
  moduleOptions: { id_number_encryption_key: KEY },
  resolve: "./src/modules/customer-purchase",
  testSuite: ({ service, MikroOrmWrapper }) => {
    const knex = () => MikroOrmWrapper.forkManager().getConnection().getKnex()
    const stored = async (id: string) =>
      (await knex()("customer_purchase").where({ id }).first("id_document_number")).id_document_number

    // Written straight to the table, as a store that had no key left them.
    const plainPurchase = (number: string | null) =>
      service.createCustomerPurchases({
        customer_id: "cus_1",
        currency_code: "eur",
        seller_first_name: "Sam",
        seller_last_name: "Seller",
        id_document_number: number,
      } as any)

    it("seals plain-text numbers once, and a purge holding the row wins", async () => {
      const kept = await plainPurchase("AB123456")
      const purged = await plainPurchase("CD987654")
      const none = await plainPurchase(null)

      // A purge of one number has the row locked when the re-seal starts.
      const purge = await knex().transaction()
      await purge("customer_purchase").where({ id: purged.id }).forUpdate().select("id")
      const resealing = service.resealIdNumbers(1)
      await new Promise((r) => setTimeout(r, 300))
      await purge("customer_purchase").where({ id: purged.id }).update({ id_document_number: null })
      await purge.commit()

      expect(await resealing).toBe(1)
      expect(await stored(purged.id)).toBeNull()
      expect(await stored(none.id)).toBeNull()
      const sealed = await stored(kept.id)
      expect(sealed).toMatch(/^enc:v1:/)
      expect(service.openIdNumber(sealed)).toBe("AB123456")

      // Nothing left to do: a second run changes nothing.
      expect(await service.resealIdNumbers()).toBe(0)
      expect(await stored(kept.id)).toBe(sealed)
    })
  },
})
