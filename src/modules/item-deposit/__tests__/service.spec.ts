import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { ITEM_DEPOSIT_MODULE } from ".."
import ItemDepositModuleService from "../service"
import { ItemDeposit } from "../models/item-deposit"
import { ItemDepositTransaction } from "../models/item-deposit-transaction"

jest.setTimeout(60_000)

moduleIntegrationTestRunner<ItemDepositModuleService>({
  moduleName: ITEM_DEPOSIT_MODULE,
  moduleModels: [ItemDeposit, ItemDepositTransaction],
  resolve: "./src/modules/item-deposit",
  testSuite: ({ service }) => {
    const newDeposit = (paid = 50) =>
      service.createItemDeposits({
        customer_id: "cus_1",
        variant_id: "variant_1",
        currency_code: "eur",
        amount_per_unit: paid,
        units: 1,
        payment_method: "cash",
        claim_code: `CODE-${Math.random()}`,
        transactions: [{ type: "payment", amount: paid }],
      } as any)
    const remaining = async (id: string) =>
      (await service.retrieveRemainingAmounts([id]))[id].numeric

    it("generates the method names its types promise", () => {
      for (const name of [
        "listItemDeposits",
        "listAndCountItemDeposits",
        "createItemDeposits",
        "updateItemDeposits",
        "listItemDepositTransactions",
        "createItemDepositTransactions",
      ]) {
        expect([name, typeof (service as any)[name]]).toEqual([name, "function"])
      }
    })

    it("sums the remaining amount from the ledger", async () => {
      const deposit = await newDeposit()
      expect(await remaining(deposit.id)).toBe(50)
      await service.applyToCart({ cart_id: "cart_1", customer_id: "cus_1", lines: [{ deposit_id: deposit.id, amount: 20 }] })
      expect(await remaining(deposit.id)).toBe(30)
      await service.releaseFromCart({ cart_id: "cart_1", note: "test" })
      expect(await remaining(deposit.id)).toBe(50)
      expect(await service.retrieveRemainingAmounts([])).toEqual({})
    })

    it("applies once per (deposit, cart), and releases once", async () => {
      const deposit = await newDeposit()
      const input = { cart_id: "cart_1", customer_id: "cus_1", lines: [{ deposit_id: deposit.id, amount: 50 }] }
      expect(await service.applyToCart(input)).toHaveLength(1)
      expect(await service.applyToCart(input)).toEqual([])
      expect((await service.retrieveItemDeposit(deposit.id)).status).toBe("consumed")
      expect(await service.releaseFromCart({ cart_id: "cart_1", note: "a" })).toHaveLength(1)
      expect(await service.releaseFromCart({ cart_id: "cart_1", note: "b" })).toEqual([])
      expect((await service.retrieveItemDeposit(deposit.id)).status).toBe("active")
    })

    it("lets only one of many concurrent carts take a deposit", async () => {
      const deposit = await newDeposit()
      const results = await Promise.allSettled(
        Array.from({ length: 10 }, (_, i) =>
          service.applyToCart({ cart_id: `cart_${i}`, customer_id: "cus_1", lines: [{ deposit_id: deposit.id, amount: 50 }] })
        )
      )
      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1)
      expect(await remaining(deposit.id)).toBe(0)
    })

    it("reopens a deposit closed while an order held part of it, when that order gives it back", async () => {
      const deposit = await newDeposit()
      await service.applyToCart({ cart_id: "cart_1", customer_id: "cus_1", lines: [{ deposit_id: deposit.id, amount: 20 }] })
      await service.closeDeposit(deposit.id, { type: "conversion" })
      await service.releaseFromCart({ cart_id: "cart_1", note: "order cancelled" })
      expect(await remaining(deposit.id)).toBe(20)
      expect((await service.retrieveItemDeposit(deposit.id)).status).toBe("active")
    })

    it("refuses another customer's deposit", async () => {
      const deposit = await newDeposit()
      await expect(
        service.applyToCart({ cart_id: "cart_1", customer_id: "cus_2", lines: [{ deposit_id: deposit.id, amount: 10 }] })
      ).rejects.toThrow("cannot pay for this cart")
    })

    it("closes for what is left, and a reversal reopens it", async () => {
      const deposit = await newDeposit()
      await service.applyToCart({ cart_id: "cart_1", customer_id: "cus_1", lines: [{ deposit_id: deposit.id, amount: 20 }] })
      const closed = await service.closeDeposit(deposit.id, { type: "conversion", note: "gone" })
      expect(closed.transaction).toMatchObject({ type: "conversion", amount: 30 })
      expect(await remaining(deposit.id)).toBe(0)
      await expect(service.closeDeposit(deposit.id, { type: "refund" })).rejects.toThrow("is converted")
      await service.reverseClosing({
        deposit_id: deposit.id,
        transaction_id: closed.transaction.id,
        previous_status: "active",
      })
      expect(await remaining(deposit.id)).toBe(30)
      expect((await service.retrieveItemDeposit(deposit.id)).status).toBe("active")
    })
  },
})
