import {
  BigNumber,
  InjectManager,
  InjectTransactionManager,
  MathBN,
  MedusaContext,
  MedusaError,
  MedusaService,
} from "@medusajs/framework/utils"
import type { Context } from "@medusajs/framework/types"
import { ItemDeposit } from "./models/item-deposit"
import { ItemDepositTransaction } from "./models/item-deposit-transaction"
import { stateConflict } from "../../utils/errors"
import { contextKnex, lockRowsForUpdate, transactionKnex } from "../../utils/db"
import { formatDepositNumber } from "../../utils/deposit-number"

type ClosingType = "conversion" | "refund" | "cancellation"

const CLOSED_STATUS: Record<ClosingType, string> = {
  conversion: "converted",
  refund: "refunded",
  cancellation: "cancelled",
}

/** Net amount applied to carts: applications − releases. */
const APPLIED_AMOUNT = `case when type = 'application' then amount when type = 'release' then -amount else 0 end`

/** remaining = payments + releases + reversals − applications − closings */
const SIGNED_AMOUNT = `case when type in ('payment', 'release', 'reversal') then amount else -amount end`

class ItemDepositModuleService extends MedusaService({
  ItemDeposit,
  ItemDepositTransaction,
}) {
  /** What is left of each deposit, summed from its ledger. */
  @InjectManager()
  async retrieveRemainingAmounts(
    depositIds: string[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<Record<string, BigNumber>> {
    const remaining: Record<string, BigNumber> = {}
    if (!depositIds.length) {
      return remaining
    }
    const rows = await contextKnex(sharedContext)("item_deposit_transaction")
      .select("deposit_id")
      .select(contextKnex(sharedContext).raw(`sum(${SIGNED_AMOUNT}) as remaining`))
      .whereIn("deposit_id", depositIds)
      .whereNull("deleted_at")
      .groupBy("deposit_id")
    for (const id of depositIds) {
      remaining[id] = new BigNumber(0)
    }
    for (const row of rows) {
      remaining[row.deposit_id] = new BigNumber(row.remaining)
    }
    return remaining
  }

  /**
   * Applies deposits to a cart being completed: under row locks on the
   * deposits (taken in id order, so concurrent checkouts cannot deadlock),
   * checks each deposit still has the amount and belongs to the customer,
   * and writes the application entries. Idempotent per (deposit, cart): a
   * deposit already applied to this cart is skipped, so completing a
   * completed cart again changes nothing. Returns the entries it wrote.
   */
  @InjectTransactionManager()
  async applyToCart(
    input: {
      cart_id: string
      customer_id: string
      lines: { deposit_id: string; amount: any }[]
    },
    @MedusaContext() sharedContext: Context = {}
  ) {
    const ids = input.lines.map((line) => line.deposit_id)
    const deposits = await this.lockDeposits_(ids, sharedContext)
    const remaining = await this.retrieveRemainingAmounts(ids, sharedContext)
    const alreadyApplied = await this.netAppliedToCart_(input.cart_id, ids, sharedContext)

    const entries: any[] = []
    for (const line of input.lines) {
      const deposit = deposits.get(line.deposit_id)
      const number = deposit ? formatDepositNumber(deposit.display_id) : line.deposit_id
      if (!deposit || deposit.customer_id !== input.customer_id) {
        throw new MedusaError(
          MedusaError.Types.NOT_ALLOWED,
          `Item deposit ${line.deposit_id} cannot pay for this cart: refresh the cart (POST /store/carts/${input.cart_id}/item-deposits) and try again.`
        )
      }
      if (MathBN.gt(alreadyApplied[line.deposit_id], 0)) {
        continue
      }
      if (deposit.status !== "active" || MathBN.lt(remaining[line.deposit_id], line.amount)) {
        throw new MedusaError(
          MedusaError.Types.NOT_ALLOWED,
          `Item deposit ${number} no longer covers ${line.amount} (it has ${remaining[line.deposit_id]} left): refresh the cart (POST /store/carts/${input.cart_id}/item-deposits) and try again.`
        )
      }
      entries.push({
        deposit_id: line.deposit_id,
        type: "application",
        amount: line.amount,
        cart_id: input.cart_id,
      })
      if (MathBN.eq(MathBN.sub(remaining[line.deposit_id], line.amount), 0)) {
        await this.updateItemDeposits({ id: line.deposit_id, status: "consumed" }, sharedContext)
      }
    }
    return entries.length
      ? await this.createItemDepositTransactions(entries, sharedContext)
      : []
  }

  /**
   * Gives back what a cart took from deposits (all of them, or only
   * `deposit_ids`): one release per deposit for its net application to the
   * cart. Idempotent: a second call finds nothing left to release, which is
   * what makes a twice-delivered order cancellation release once.
   */
  @InjectTransactionManager()
  async releaseFromCart(
    input: { cart_id: string; deposit_ids?: string[]; order_id?: string | null; note: string },
    @MedusaContext() sharedContext: Context = {}
  ) {
    const ids =
      input.deposit_ids ??
      (
        await this.listItemDepositTransactions(
          { cart_id: input.cart_id, type: "application" },
          { select: ["deposit_id"] },
          sharedContext
        )
      ).map((t: any) => t.deposit_id)
    if (!ids.length) {
      return []
    }
    const deposits = await this.lockDeposits_(ids, sharedContext)
    const applied = await this.netAppliedToCart_(input.cart_id, ids, sharedContext)

    const entries: any[] = []
    for (const [depositId, amount] of Object.entries(applied)) {
      if (!MathBN.gt(amount, 0)) {
        continue
      }
      entries.push({
        deposit_id: depositId,
        type: "release",
        amount,
        cart_id: input.cart_id,
        order_id: input.order_id ?? null,
        note: input.note,
      })
      // Money given back is usable again, even on a deposit closed since
      // (converted while an order held part of it): the customer is owed it.
      if (deposits.get(depositId)?.status !== "active") {
        await this.updateItemDeposits({ id: depositId, status: "active" }, sharedContext)
      }
    }
    return entries.length
      ? await this.createItemDepositTransactions(entries, sharedContext)
      : []
  }

  /**
   * Closes an active deposit (converted, refunded or cancelled) for all that
   * is left of it, under a row lock so a concurrent checkout either used the
   * money first or finds the deposit closed.
   */
  @InjectTransactionManager()
  async closeDeposit(
    id: string,
    input: { type: ClosingType; note?: string | null; reference?: string | null; actor_id?: string | null },
    @MedusaContext() sharedContext: Context = {}
  ) {
    const deposit = (await this.lockDeposits_([id], sharedContext)).get(id)
    if (!deposit) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Item deposit with id: ${id} was not found`)
    }
    const number = formatDepositNumber(deposit.display_id)
    if (deposit.status !== "active") {
      throw stateConflict(`Deposit ${number} is ${deposit.status}; only an active deposit can be ${CLOSED_STATUS[input.type]}.`)
    }
    const remaining = (await this.retrieveRemainingAmounts([id], sharedContext))[id]
    if (!MathBN.gt(remaining, 0)) {
      throw stateConflict(`Deposit ${number} has nothing left to be ${CLOSED_STATUS[input.type]}.`)
    }
    const transaction = await this.createItemDepositTransactions(
      {
        deposit_id: id,
        type: input.type,
        amount: remaining,
        note: input.note ?? null,
        reference: input.reference ?? null,
        actor_id: input.actor_id ?? null,
      } as any,
      sharedContext
    )
    await this.updateItemDeposits({ id, status: CLOSED_STATUS[input.type] as any }, sharedContext)
    return { deposit_id: id, previous_status: deposit.status, transaction }
  }

  /** Undoes a closing entry with a new reversal entry (compensation). */
  @InjectTransactionManager()
  async reverseClosing(
    input: { deposit_id: string; transaction_id: string; previous_status: string },
    @MedusaContext() sharedContext: Context = {}
  ) {
    await this.lockDeposits_([input.deposit_id], sharedContext)
    const closing = await this.retrieveItemDepositTransaction(input.transaction_id, {}, sharedContext)
    await this.createItemDepositTransactions(
      {
        deposit_id: input.deposit_id,
        type: "reversal" as const,
        amount: closing.amount,
        reference: closing.id,
        note: `Reverses ${closing.type} ${closing.id}`,
      },
      sharedContext
    )
    await this.updateItemDeposits(
      { id: input.deposit_id, status: input.previous_status as any },
      sharedContext
    )
  }

  /**
   * Moves the deposits printed with `claim_code` from the walk-in customer
   * record to the logged-in customer. Single use; an unknown, used or own
   * code gets the same 404, so a guesser learns nothing.
   */
  @InjectTransactionManager()
  async claimDeposit(
    input: { claim_code: string; customer_id: string },
    @MedusaContext() sharedContext: Context = {}
  ) {
    const [row] = await transactionKnex(sharedContext)("item_deposit")
      .select("id", "customer_id", "claimed_at")
      .where({ claim_code: input.claim_code })
      .whereNull("deleted_at")
      .forUpdate()
    if (!row || row.claimed_at || row.customer_id === input.customer_id) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, "No unclaimed deposit matches this claim code.")
    }
    const deposit = await this.updateItemDeposits(
      { id: row.id, customer_id: input.customer_id, claimed_at: new Date() },
      sharedContext
    )
    return { deposit, previous_customer_id: row.customer_id as string }
  }

  /**
   * Deposit money still held by carts: (cart, deposit) pairs whose
   * applications exceed their releases, last applied before `applied_before`.
   * Either an order holds it, or the checkout died before the order existed.
   */
  @InjectManager()
  async listOpenApplications(
    input: { applied_before: Date; cart_ids?: string[] },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ cart_id: string; deposit_id: string; applied: BigNumber }[]> {
    const knex = contextKnex(sharedContext)
    const query = knex("item_deposit_transaction")
      .select("cart_id", "deposit_id")
      .select(knex.raw(`sum(${APPLIED_AMOUNT}) as applied`))
      .whereNotNull("cart_id")
      .whereIn("type", ["application", "release"])
      .whereNull("deleted_at")
      .groupBy("cart_id", "deposit_id")
      .havingRaw(`sum(${APPLIED_AMOUNT}) > 0`)
      .havingRaw(`max(created_at) < ?`, [input.applied_before])
    if (input.cart_ids) {
      query.whereIn("cart_id", input.cart_ids)
    }
    const rows = await query
    return rows.map((row: any) => ({ ...row, applied: new BigNumber(row.applied) }))
  }

  /** Net amount each deposit has applied to a cart (applications − releases). */
  protected async netAppliedToCart_(cartId: string, depositIds: string[], sharedContext: Context) {
    const rows = await contextKnex(sharedContext)("item_deposit_transaction")
      .select("deposit_id")
      .select(contextKnex(sharedContext).raw(`sum(${APPLIED_AMOUNT}) as applied`))
      .where({ cart_id: cartId })
      .whereIn("deposit_id", depositIds)
      .whereNull("deleted_at")
      .groupBy("deposit_id")
    const applied: Record<string, BigNumber> = {}
    for (const id of depositIds) {
      applied[id] = new BigNumber(0)
    }
    for (const row of rows) {
      applied[row.deposit_id] = new BigNumber(row.applied)
    }
    return applied
  }

  protected async lockDeposits_(ids: string[], sharedContext: Context) {
    type LockedDeposit = { id: string; customer_id: string; status: string; display_id: number }
    const rows = await lockRowsForUpdate<LockedDeposit>(sharedContext, "item_deposit", ids, [
      "id",
      "customer_id",
      "status",
      "display_id",
    ])
    return new Map(rows.map((row) => [row.id, row]))
  }
}

export default ItemDepositModuleService
