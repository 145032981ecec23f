import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { ITEM_DEPOSIT_MODULE } from ".."
import ItemDepositModuleService from "../service"
import { ItemDeposit } from "../models/item-deposit"
import { ItemDepositTransaction } from "../models/item-deposit-transaction"
import { ItemDepositApplication } from "../models/item-deposit-application"
import { ItemDepositReservation } from "../models/item-deposit-reservation"
import { ItemDepositSetting } from "../models/item-deposit-setting"

jest.setTimeout(180_000)

moduleIntegrationTestRunner<ItemDepositModuleService>({
  moduleName: ITEM_DEPOSIT_MODULE,
  moduleModels: [ItemDeposit, ItemDepositTransaction, ItemDepositApplication, ItemDepositReservation, ItemDepositSetting],
  resolve: "./src/modules/item-deposit",
  testSuite: ({ service, MikroOrmWrapper }) => {
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
        "listItemDepositApplications",
        "createItemDepositApplications",
        "updateItemDepositApplications",
      ]) {
        expect([name, typeof (service as any)[name]]).toEqual([name, "function"])
      }
    })

    it("sums the remaining amount from the ledger", async () => {
      const deposit = await newDeposit()
      expect(await remaining(deposit.id)).toBe(50)
      await service.holdForCart({ cart_id: "cart_1", customer_id: "cus_1", lines: [{ deposit_id: deposit.id, amount: 20 }] })
      expect(await remaining(deposit.id)).toBe(30)
      await service.releaseFromCart({ cart_id: "cart_1", note: "test" })
      expect(await remaining(deposit.id)).toBe(50)
      expect(await service.retrieveRemainingAmounts([])).toEqual({})
    })

    it("applies once per (deposit, cart), and releases once", async () => {
      const deposit = await newDeposit()
      const input = { cart_id: "cart_1", customer_id: "cus_1", lines: [{ deposit_id: deposit.id, amount: 50 }] }
      expect(await service.holdForCart(input)).toHaveLength(1)
      expect(await service.holdForCart(input)).toEqual([])
      expect((await service.retrieveItemDeposit(deposit.id)).status).toBe("consumed")
      expect(await service.releaseFromCart({ cart_id: "cart_1", note: "a" })).toHaveLength(1)
      expect(await service.releaseFromCart({ cart_id: "cart_1", note: "b" })).toEqual([])
      expect((await service.retrieveItemDeposit(deposit.id)).status).toBe("active")
    })

    it("lets only one of many concurrent carts take a deposit", async () => {
      const deposit = await newDeposit()
      const results = await Promise.allSettled(
        Array.from({ length: 10 }, (_, i) =>
          service.holdForCart({ cart_id: `cart_${i}`, customer_id: "cus_1", lines: [{ deposit_id: deposit.id, amount: 50 }] })
        )
      )
      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1)
      expect(await remaining(deposit.id)).toBe(0)
    })

    it("reopens a deposit closed while an order held part of it, when that order gives it back", async () => {
      const deposit = await newDeposit()
      await service.holdForCart({ cart_id: "cart_1", customer_id: "cus_1", lines: [{ deposit_id: deposit.id, amount: 20 }] })
      await service.closeDeposit(deposit.id, { type: "conversion" })
      await service.releaseFromCart({ cart_id: "cart_1", note: "order cancelled" })
      expect(await remaining(deposit.id)).toBe(20)
      expect((await service.retrieveItemDeposit(deposit.id)).status).toBe("active")
    })

    it("refuses another customer's deposit", async () => {
      const deposit = await newDeposit()
      await expect(
        service.holdForCart({ cart_id: "cart_1", customer_id: "cus_2", lines: [{ deposit_id: deposit.id, amount: 10 }] })
      ).rejects.toThrow("cannot pay for this cart")
    })

    it("reconciles a cart's hold to its lines: up, down, and off", async () => {
      const deposit = await newDeposit()
      const hold = (amount: number) =>
        service.holdForCart({ cart_id: "cart_1", customer_id: "cus_1", lines: amount ? [{ deposit_id: deposit.id, amount }] : [] })
      await hold(20)
      expect(await remaining(deposit.id)).toBe(30)
      // A retry for a changed cart: only the difference moves.
      expect((await hold(35)).map((c) => [c.previous.numeric, c.amount.numeric])).toEqual([[20, 35]])
      expect(await remaining(deposit.id)).toBe(15)
      await hold(10)
      expect(await remaining(deposit.id)).toBe(40)
      expect((await service.retrieveCartHolds("cart_1"))[deposit.id].numeric).toBe(10)
      // No deposit line any more: everything comes back.
      await hold(0)
      expect(await remaining(deposit.id)).toBe(50)
      expect(await service.retrieveCartHolds("cart_1")).toEqual({})
      const types = (await service.listItemDepositTransactions({ deposit_id: deposit.id }, { order: { created_at: "ASC" } }))
        .map((t) => [t.type, Number(t.amount)])
      expect(types).toEqual([["payment", 50], ["application", 20], ["application", 15], ["release", 25], ["release", 10]])
    })

    it("sums two lines naming one deposit, and refuses what it does not have", async () => {
      const deposit = await newDeposit(30)
      const line = { deposit_id: deposit.id, amount: 30 }
      await expect(service.holdForCart({ cart_id: "cart_1", customer_id: "cus_1", lines: [line, line] })).rejects.toThrow(
        "no longer covers 60 (it has 30 left)"
      )
      expect(await remaining(deposit.id)).toBe(30)
    })

    it("restores the holds an attempt changed (compensation)", async () => {
      const deposit = await newDeposit()
      await service.holdForCart({ cart_id: "cart_1", customer_id: "cus_1", lines: [{ deposit_id: deposit.id, amount: 20 }] })
      const changes = await service.holdForCart({ cart_id: "cart_1", customer_id: "cus_1", lines: [{ deposit_id: deposit.id, amount: 50 }] })
      await service.restoreCartHolds({ cart_id: "cart_1", changes })
      expect(await remaining(deposit.id)).toBe(30)
      expect((await service.retrieveItemDeposit(deposit.id)).status).toBe("active")
    })

    it("moves held money to the order, lists only held money, and returns a share once", async () => {
      const deposit = await newDeposit(60)
      await service.holdForCart({ cart_id: "cart_1", customer_id: "cus_1", lines: [{ deposit_id: deposit.id, amount: 60 }] })
      const later = new Date(Date.now() + 60_000)
      expect((await service.listHeldApplications({ updated_before: later })).map((a) => a.cart_id)).toEqual(["cart_1"])
      const paid = [{ deposit_id: deposit.id, amount: 60 }]
      expect((await service.consumeForOrder({ cart_id: "cart_1", order_id: "order_1", lines: paid })).consumed).toHaveLength(1)
      expect(await service.consumeForOrder({ cart_id: "cart_1", order_id: "order_1", lines: paid })).toEqual({ consumed: [], released: [] })
      expect(await service.listHeldApplications({ updated_before: later })).toEqual([])
      // Completing the cart again changes nothing: the order has the money.
      expect(await service.holdForCart({ cart_id: "cart_1", customer_id: "cus_1", lines: [] })).toEqual([])

      const back = (returned_amount: number) =>
        service.returnFromOrder({ order_id: "order_1", deposit_id: deposit.id, returned_amount, to: "deposit", note: "Returned" })
      expect((await back(30)).amount.numeric).toBe(30)
      expect((await back(30)).amount.numeric).toBe(0)
      expect(await remaining(deposit.id)).toBe(30)
      expect((await service.retrieveItemDeposit(deposit.id)).status).toBe("active")
      // Cancelling the order afterwards gives back only what it still held.
      const released = await service.releaseFromCart({ cart_id: "cart_1", order_id: "order_1", note: "cancelled" })
      expect(released.map((t: any) => Number(t.amount))).toEqual([30])
      expect(await remaining(deposit.id)).toBe(60)
    })

    it("releases what a cart held beyond what its order paid", async () => {
      const deposit = await newDeposit(60)
      await service.holdForCart({ cart_id: "cart_1", customer_id: "cus_1", lines: [{ deposit_id: deposit.id, amount: 60 }] })
      // The order was placed without the deposit (a dead attempt held it, the
      // cart changed, and the order's snapshot carried no deposit line).
      const { consumed, released } = await service.consumeForOrder({ cart_id: "cart_1", order_id: "order_1", lines: [] })
      expect(consumed).toEqual([])
      expect(released.map((t: any) => [t.type, Number(t.amount), t.order_id])).toEqual([["release", 60, "order_1"]])
      expect(await remaining(deposit.id)).toBe(60)
      expect((await service.retrieveItemDeposit(deposit.id)).status).toBe("active")
    })

    it("gives up on a row lock held too long with a conflict to retry, writing nothing", async () => {
      const deposit = await newDeposit()
      const knex = MikroOrmWrapper.forkManager().getKnex()
      const blocker = await knex.transaction()
      try {
        await blocker("item_deposit").where({ id: deposit.id }).forUpdate()
        const started = Date.now()
        await expect(
          service.holdForCart({ cart_id: "cart_1", customer_id: "cus_1", lines: [{ deposit_id: deposit.id, amount: 10 }] })
        ).rejects.toThrow("try again in a moment")
        expect(Date.now() - started).toBeLessThan(15_000)
      } finally {
        await blocker.rollback()
      }
      expect(await remaining(deposit.id)).toBe(50)
    })

    it("returns several deposits of an order all or nothing, for exactly the expected amounts", async () => {
      const phone = await newDeposit(30)
      const case_ = await newDeposit(10)
      await service.holdForCart({
        cart_id: "cart_2",
        customer_id: "cus_1",
        lines: [
          { deposit_id: phone.id, amount: 30 },
          { deposit_id: case_.id, amount: 10 },
        ],
      })
      await service.consumeForOrder({
        cart_id: "cart_2",
        order_id: "order_2",
        lines: [
          { deposit_id: phone.id, amount: 30 },
          { deposit_id: case_.id, amount: 10 },
        ],
      })
      const both = (expected: number) => [
        { order_id: "order_2", deposit_id: phone.id, returned_amount: 30, expected_amount: 30, to: "store_credit" as const, note: "Returned", reference: "sc_acc_1" },
        { order_id: "order_2", deposit_id: case_.id, returned_amount: 10, expected_amount: expected, to: "store_credit" as const, note: "Returned", reference: "sc_acc_1" },
      ]
      // The case's share is not what the caller planned: nothing is written for either.
      await expect(service.returnManyFromOrder(both(5))).rejects.toThrow("changed while it was being returned")
      expect(await service.listItemDepositTransactions({ order_id: "order_2" })).toEqual([])

      const returned = await service.returnManyFromOrder(both(10))
      expect(returned.map((r) => [r.deposit_id, r.amount.numeric])).toEqual(
        [[phone.id, 30], [case_.id, 10]].sort((a, b) => (a[0] < b[0] ? -1 : 1))
      )
      // To store credit: a return and a conversion each, so nothing is left on the deposits.
      const entries = await service.listItemDepositTransactions({ order_id: "order_2" })
      expect(entries.map((t: any) => t.type).sort()).toEqual(["conversion", "conversion", "return", "return"])
      expect(await remaining(phone.id)).toBe(0)
      expect(await remaining(case_.id)).toBe(0)
      // Again: the planned amounts are no longer due, and nothing more is written.
      await expect(service.returnManyFromOrder(both(10))).rejects.toThrow("changed while it was being returned")
      expect(await service.listItemDepositTransactions({ order_id: "order_2" })).toHaveLength(4)
    })

    it("closes for what is left, and a reversal reopens it", async () => {
      const deposit = await newDeposit()
      await service.holdForCart({ cart_id: "cart_1", customer_id: "cus_1", lines: [{ deposit_id: deposit.id, amount: 20 }] })
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
