import {
  BigNumber,
  InjectManager,
  InjectTransactionManager,
  MathBN,
  MedusaContext,
  MedusaError,
  MedusaService,
} from "@medusajs/framework/utils"
import type { BigNumberInput, Context } from "@medusajs/framework/types"
import { ItemDeposit } from "./models/item-deposit"
import { ItemDepositTransaction } from "./models/item-deposit-transaction"
import { ItemDepositApplication } from "./models/item-deposit-application"
import { ItemDepositReservation } from "./models/item-deposit-reservation"
import { ItemDepositSetting } from "./models/item-deposit-setting"
import { stateConflict } from "../../utils/errors"
import { busyConflict, contextKnex, lockRowsForUpdate, setLockTimeout, transactionKnex } from "../../utils/db"
import { formatDepositNumber } from "../../utils/deposit-number"
import { DEFAULT_ITEM_DEPOSIT_SETTINGS, type ItemDepositSettingsDTO } from "../../types/item-deposit"

type ClosingType = "conversion" | "refund" | "cancellation"

type LockedDeposit = {
  id: string
  customer_id: string
  status: string
  display_id: number
  amount_per_unit: string
  units: number
}

type LockedApplication = {
  id: string
  deposit_id: string
  cart_id: string
  order_id: string | null
  status: "held" | "consumed" | "released"
  amount: string
  returned_amount: string
}

/** One deposit whose hold on a cart changed: from `previous` to `amount`. */
export type CartHoldChange = { deposit_id: string; previous: BigNumber; amount: BigNumber }

/** What the expiry job and its events need of a deposit. */
const EXPIRY_COLUMNS = [
  "id",
  "display_id",
  "customer_id",
  "variant_id",
  "currency_code",
  "amount_per_unit",
  "units",
  "expires_at",
]

/** How long retrieveDepositSettingsCached trusts what it read. */
const SETTINGS_TTL_MS = 5000

const CLOSED_STATUS: Record<ClosingType, string> = {
  conversion: "converted",
  refund: "refunded",
  cancellation: "cancelled",
}

/** remaining = payments + releases + returns + reversals − applications − closings */
const SIGNED_AMOUNT = `case when type in ('payment', 'release', 'return', 'reversal') then amount else -amount end`

class ItemDepositModuleService extends MedusaService({
  ItemDeposit,
  ItemDepositTransaction,
  ItemDepositApplication,
  ItemDepositReservation,
  ItemDepositSetting,
}) {
  /**
   * The merchant's deposit settings, or the defaults when never saved
   * (reading never writes).
   */
  @InjectManager()
  async retrieveDepositSettings(@MedusaContext() sharedContext: Context = {}): Promise<ItemDepositSettingsDTO> {
    const [row] = await this.listItemDepositSettings({}, { take: 1, order: { created_at: "ASC" } }, sharedContext)
    return (row ?? { id: null, ...DEFAULT_ITEM_DEPOSIT_SETTINGS }) as unknown as ItemDepositSettingsDTO
  }

  /**
   * retrieveDepositSettings for hot paths (every shopper's add-to-cart):
   * read at most every SETTINGS_TTL_MS per process; a save in this process
   * is seen at once, one in another process within the TTL.
   */
  async retrieveDepositSettingsCached(): Promise<ItemDepositSettingsDTO> {
    if (!this.settingsCache_ || Date.now() - this.settingsCache_.at > SETTINGS_TTL_MS) {
      this.settingsCache_ = { value: await this.retrieveDepositSettings(), at: Date.now() }
    }
    return this.settingsCache_.value
  }

  protected settingsCache_: { value: ItemDepositSettingsDTO; at: number } | null = null

  /**
   * Creates the single settings row on first save, updates it afterwards; an
   * advisory lock keeps two first saves from creating two rows.
   */
  @InjectTransactionManager()
  async saveDepositSettings(
    data: Partial<Omit<ItemDepositSettingsDTO, "id">>,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<ItemDepositSettingsDTO> {
    await transactionKnex(sharedContext).raw("select pg_advisory_xact_lock(hashtext('item_deposit_setting'))")
    const { id, ...current } = await this.retrieveDepositSettings(sharedContext)
    const fields = { ...current, ...data } as any
    const saved = id
      ? await this.updateItemDepositSettings({ id, ...fields }, sharedContext)
      : await this.createItemDepositSettings(fields, sharedContext)
    this.settingsCache_ = null
    return saved as unknown as ItemDepositSettingsDTO
  }

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
   * Makes what a cart being completed holds of deposits exactly `lines`
   * (summed per deposit, so two lines naming one deposit count twice). Under
   * row locks on the deposits, taken in id order so concurrent checkouts
   * cannot deadlock: a deposit that pays more than before must belong to the
   * customer, be active and have the difference left; one that pays less, or
   * is no longer on the cart, gives the difference back. So a retry after a
   * checkout that died reconciles to the cart as it is now, and completing
   * again with the same lines writes nothing. Returns each deposit whose hold
   * changed with its previous amount (what `restoreCartHolds` puts back).
   */
  @InjectTransactionManager()
  async holdForCart(
    input: {
      cart_id: string
      customer_id: string
      lines: { deposit_id: string; amount: BigNumberInput }[]
    },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<CartHoldChange[]> {
    const targets = new Map<string, BigNumberInput>()
    for (const line of input.lines) {
      targets.set(line.deposit_id, MathBN.add(targets.get(line.deposit_id) ?? 0, line.amount))
    }
    const { changes } = await this.setCartHolds_(input.cart_id, targets, { customer_id: input.customer_id }, sharedContext)
    return changes
  }

  /**
   * Puts a cart's holds back to what they were before a `holdForCart`
   * (compensation of a checkout that failed after it).
   */
  @InjectTransactionManager()
  async restoreCartHolds(
    input: { cart_id: string; changes: CartHoldChange[] },
    @MedusaContext() sharedContext: Context = {}
  ) {
    const targets = new Map(input.changes.map((c) => [c.deposit_id, c.previous as BigNumberInput]))
    await this.setCartHolds_(input.cart_id, targets, null, sharedContext)
  }

  /** What each deposit is held for by this cart now (not yet an order). */
  @InjectManager()
  async retrieveCartHolds(
    cartId: string,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<Record<string, BigNumber>> {
    const held = await this.listItemDepositApplications(
      { cart_id: cartId, status: "held" },
      { select: ["deposit_id", "amount"] },
      sharedContext
    )
    return Object.fromEntries(held.map((a: any) => [a.deposit_id, new BigNumber(a.raw_amount ?? a.amount)]))
  }

  /**
   * Records that the order placed from a cart took what the cart held: the
   * cart's held applications become consumed by `order_id`, for at most what
   * the order's deposit credit lines (`lines`) say it paid; anything held
   * beyond that (an earlier attempt that died, then an order placed without
   * that deposit) is released. Idempotent: a redelivered order.placed finds
   * nothing held. Returns the consumed applications and the release entries.
   */
  @InjectTransactionManager()
  async consumeForOrder(
    input: { cart_id: string; order_id: string; lines: { deposit_id: string; amount: BigNumberInput }[] },
    @MedusaContext() sharedContext: Context = {}
  ) {
    const held = await this.lockApplications_({ cart_id: input.cart_id, status: ["held"] }, sharedContext)
    if (!held.length) {
      return { consumed: [], released: [] }
    }
    const paid = new Map<string, BigNumberInput>()
    for (const line of input.lines) {
      paid.set(line.deposit_id, MathBN.add(paid.get(line.deposit_id) ?? 0, line.amount))
    }
    const targets = new Map(held.map((a) => [a.deposit_id, MathBN.min(a.amount, paid.get(a.deposit_id) ?? 0) as BigNumberInput]))
    const { entries: released } = await this.setCartHolds_(input.cart_id, targets, null, sharedContext, {
      order_id: input.order_id,
      note: "Its order was placed without it",
    })
    // Rows written above are not re-read: the ORM flushes them at commit.
    const still = held.filter((a) => MathBN.gt(targets.get(a.deposit_id)!, 0))
    const consumed = still.length
      ? await this.updateItemDepositApplications(
          still.map((a) => ({ id: a.id, status: "consumed" as const, order_id: input.order_id })),
          sharedContext
        )
      : []
    return { consumed, released }
  }

  /**
   * Gives back what a cart, or the order placed from it, still holds of
   * deposits (all of them, or only `deposit_ids`): one release entry per
   * deposit. Idempotent: a second call finds nothing left to release, which
   * is what makes a twice-delivered order cancellation release once.
   */
  @InjectTransactionManager()
  async releaseFromCart(
    input: { cart_id: string; deposit_ids?: string[]; order_id?: string | null; note: string },
    @MedusaContext() sharedContext: Context = {}
  ) {
    const applications = await this.lockApplications_(
      {
        cart_id: input.cart_id,
        status: ["held", "consumed"],
        ...(input.deposit_ids ? { deposit_id: input.deposit_ids } : {}),
      },
      sharedContext
    )
    if (!applications.length) {
      return []
    }
    const deposits = await this.lockDeposits_(applications.map((a) => a.deposit_id), sharedContext)
    const entries: any[] = []
    for (const application of applications) {
      const amount = MathBN.sub(application.amount, application.returned_amount)
      if (MathBN.gt(amount, 0)) {
        entries.push({
          deposit_id: application.deposit_id,
          type: "release",
          amount,
          cart_id: input.cart_id,
          order_id: input.order_id ?? application.order_id ?? null,
          note: input.note,
        })
        await this.reopen_(deposits.get(application.deposit_id), sharedContext)
      }
    }
    await this.updateItemDepositApplications(
      applications.map((a) => ({ id: a.id, status: "released" as const })),
      sharedContext
    )
    return entries.length ? await this.createItemDepositTransactions(entries, sharedContext) : []
  }

  /**
   * Brings back the deposit's share of items that left an order, up to a
   * total of `returned_amount` for that order (what the caller computed from
   * the order as it is now): only the difference with what came back before
   * is written, so a redelivered event or a second return of the same order
   * never pays twice. `to: "store_credit"` records the share passing on to
   * the customer's store credit (a return entry, then a conversion entry,
   * `reference` naming the store-credit transaction); `to: "deposit"` leaves
   * it on the deposit, usable again. Returns the amount that came back now.
   */
  @InjectTransactionManager()
  async returnFromOrder(
    input: {
      order_id: string
      deposit_id: string
      returned_amount: BigNumberInput
      to: "deposit" | "store_credit"
      note: string
      reference?: string | null
    },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ amount: BigNumber; transactions: any[] }> {
    const [application] = await this.lockApplications_(
      { order_id: input.order_id, deposit_id: [input.deposit_id], status: ["consumed"] },
      sharedContext
    )
    const nothing = { amount: new BigNumber(0), transactions: [] }
    if (!application) {
      return nothing
    }
    const target = MathBN.min(input.returned_amount, application.amount)
    const amount = MathBN.sub(target, application.returned_amount)
    if (!MathBN.gt(amount, 0)) {
      return nothing
    }
    const deposit = (await this.lockDeposits_([input.deposit_id], sharedContext)).get(input.deposit_id)
    const base = { deposit_id: input.deposit_id, amount, order_id: input.order_id, cart_id: application.cart_id }
    const entries: any[] = [{ ...base, type: "return", note: input.note }]
    if (input.to === "store_credit") {
      entries.push({ ...base, type: "conversion", note: `${input.note}: credited to store credit`, reference: input.reference ?? null })
    } else {
      await this.reopen_(deposit, sharedContext)
    }
    await this.updateItemDepositApplications({ id: application.id, returned_amount: target as any }, sharedContext)
    const transactions = await this.createItemDepositTransactions(entries, sharedContext)
    return { amount: new BigNumber(amount), transactions }
  }

  /**
   * returnFromOrder for several deposits of one order in one transaction:
   * all or nothing. With `expected_amount`, a deposit that would bring back
   * another amount (another run wrote it first) fails the whole batch, so a
   * caller that credited store credit or added credit lines for that amount
   * compensates them.
   */
  @InjectTransactionManager()
  async returnManyFromOrder(
    inputs: (Parameters<ItemDepositModuleService["returnFromOrder"]>[0] & { expected_amount?: BigNumberInput })[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ deposit_id: string; amount: BigNumber; transactions: any[] }[]> {
    const results: { deposit_id: string; amount: BigNumber; transactions: any[] }[] = []
    for (const { expected_amount, ...input } of [...inputs].sort((a, b) => (a.deposit_id < b.deposit_id ? -1 : 1))) {
      const result = await this.returnFromOrder(input, sharedContext)
      if (expected_amount !== undefined && !MathBN.eq(result.amount, expected_amount)) {
        throw stateConflict(
          `The deposit share of order ${input.order_id} changed while it was being returned; nothing was returned, try again.`
        )
      }
      results.push({ deposit_id: input.deposit_id, ...result })
    }
    return results
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
    // refund_due (expired under the refund rule) still holds the money: it
    // closes like an active deposit.
    if (deposit.status !== "active" && deposit.status !== "refund_due") {
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

  /**
   * A further payment onto an active deposit (a top-up): `amount_per_unit`
   * more for each of its units, one `payment` entry of that × units. Under
   * the deposit's row lock, so it serialises with checkouts and closings.
   * With an `idempotency_key`, the same key on the same deposit records the
   * payment once (a retried request gets the first entry back, `replayed`);
   * the unique index on (deposit_id, idempotency_key) holds across processes.
   */
  @InjectTransactionManager()
  async topUpDeposit(
    id: string,
    input: {
      amount_per_unit: BigNumberInput
      payment_method: string
      reference?: string | null
      idempotency_key?: string | null
      actor_id?: string | null
    },
    @MedusaContext() sharedContext: Context = {}
  ) {
    const deposit = (await this.lockDeposits_([id], sharedContext)).get(id)
    if (!deposit) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Item deposit with id: ${id} was not found`)
    }
    const amount = MathBN.mult(input.amount_per_unit, deposit.units)
    const number = formatDepositNumber(deposit.display_id)
    if (input.idempotency_key) {
      const [earlier] = await this.listItemDepositTransactions(
        { deposit_id: id, idempotency_key: input.idempotency_key },
        {},
        sharedContext
      )
      if (earlier) {
        if (!MathBN.eq(earlier.amount, amount)) {
          throw stateConflict(`Deposit ${number} already has a top-up with this idempotency key, for another amount.`)
        }
        return { deposit_id: id, transaction: earlier, previous_amount_per_unit: null, replayed: true }
      }
    }
    if (deposit.status !== "active") {
      throw stateConflict(`Deposit ${number} is ${deposit.status}; only an active deposit can be topped up.`)
    }
    const transaction = await this.createItemDepositTransactions(
      {
        deposit_id: id,
        type: "payment" as const,
        amount,
        note: input.payment_method,
        reference: input.reference ?? null,
        idempotency_key: input.idempotency_key ?? null,
        actor_id: input.actor_id ?? null,
      } as any,
      sharedContext
    )
    await this.updateItemDeposits(
      { id, amount_per_unit: MathBN.add(deposit.amount_per_unit, input.amount_per_unit) as any },
      sharedContext
    )
    return { deposit_id: id, transaction, previous_amount_per_unit: deposit.amount_per_unit, replayed: false }
  }

  /**
   * Voids a payment an online order made onto a deposit (the order was
   * cancelled): one cancellation entry, keyed `key` so it is written once
   * however often the cancellation is delivered (the unique index on
   * (deposit_id, idempotency_key) holds across processes). Voids what the
   * order paid (`amount_per_unit` × units), or what is left if the deposit
   * was partly used since; a deposit closed meanwhile (converted, refunded,
   * cancelled, consumed) is left alone and null returned. `close`: the order
   * bought the deposit itself, which is cancelled; otherwise (a top-up) the
   * amount per unit goes back down by what the top-up added.
   */
  @InjectTransactionManager()
  async voidOnlinePayment(
    input: { deposit_id: string; order_id: string; key: string; amount_per_unit: BigNumberInput; close: boolean; note: string },
    @MedusaContext() sharedContext: Context = {}
  ) {
    const deposit = (await this.lockDeposits_([input.deposit_id], sharedContext)).get(input.deposit_id)
    if (!deposit || (deposit.status !== "active" && deposit.status !== "refund_due")) {
      return null
    }
    const [earlier] = await this.listItemDepositTransactions(
      { deposit_id: input.deposit_id, idempotency_key: input.key },
      { select: ["id"] },
      sharedContext
    )
    if (earlier) {
      return null
    }
    const remaining = (await this.retrieveRemainingAmounts([input.deposit_id], sharedContext))[input.deposit_id]
    const amount = MathBN.min(MathBN.mult(input.amount_per_unit, deposit.units), MathBN.max(remaining, 0))
    if (!MathBN.gt(amount, 0)) {
      return null
    }
    const transaction = await this.createItemDepositTransactions(
      {
        deposit_id: input.deposit_id,
        type: "cancellation" as const,
        amount,
        order_id: input.order_id,
        reference: input.order_id,
        note: input.note,
        idempotency_key: input.key,
      } as any,
      sharedContext
    )
    const emptied = MathBN.eq(MathBN.sub(remaining, amount), 0)
    await this.updateItemDeposits(
      {
        id: input.deposit_id,
        ...(input.close || emptied ? { status: "cancelled" as const } : {}),
        ...(input.close
          ? {}
          : { amount_per_unit: MathBN.max(MathBN.sub(deposit.amount_per_unit, input.amount_per_unit), 0) as any }),
      },
      sharedContext
    )
    return { deposit_id: input.deposit_id, transaction, closed: input.close || emptied }
  }

  /**
   * Undoes a top-up whose workflow failed afterwards: a cancellation entry of
   * its amount (the ledger is never edited) and the amount per unit as before.
   */
  @InjectTransactionManager()
  async reverseTopUp(
    input: { deposit_id: string; transaction_id: string; previous_amount_per_unit: string },
    @MedusaContext() sharedContext: Context = {}
  ) {
    await this.lockDeposits_([input.deposit_id], sharedContext)
    const payment = await this.retrieveItemDepositTransaction(input.transaction_id, {}, sharedContext)
    await this.createItemDepositTransactions(
      {
        deposit_id: input.deposit_id,
        type: "cancellation" as const,
        amount: payment.amount,
        reference: payment.id,
        note: `Reverses top-up ${payment.id}`,
      },
      sharedContext
    )
    await this.updateItemDeposits(
      { id: input.deposit_id, amount_per_unit: input.previous_amount_per_unit as any },
      sharedContext
    )
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
   * Money held by carts that have not become orders (yet), last changed
   * before `updated_before`: either a checkout is placing the order now, or
   * it died before the order existed. A small, indexed set: consumed and
   * released applications are never scanned.
   */
  @InjectManager()
  async listHeldApplications(
    input: { updated_before: Date; cart_ids?: string[]; limit?: number },
    @MedusaContext() sharedContext: Context = {}
  ) {
    return await this.listItemDepositApplications(
      {
        status: "held",
        updated_at: { $lt: input.updated_before },
        ...(input.cart_ids ? { cart_id: input.cart_ids } : {}),
      },
      { select: ["id", "cart_id", "deposit_id", "amount"], take: input.limit ?? 1000, order: { updated_at: "ASC" } },
      sharedContext
    )
  }

  /**
   * Claims the active deposits whose reminder is due (they expire within
   * `until`, not yet reminded): sets `expiry_reminded_at` in one UPDATE, so
   * of two processes running the job only one gets each deposit. Rows a
   * checkout has locked right now are skipped (SKIP LOCKED): the next run
   * takes them.
   */
  @InjectTransactionManager()
  async claimExpiryReminders(
    input: { now: Date; until: Date; limit?: number },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<any[]> {
    const knex = transactionKnex(sharedContext)
    const due = knex("item_deposit")
      .select("id")
      .where("status", "active")
      .whereNull("deleted_at")
      .whereNull("expiry_reminded_at")
      .whereNull("expired_at")
      .where("expires_at", ">", input.now)
      .where("expires_at", "<=", input.until)
      .orderBy("expires_at")
      .limit(input.limit ?? 500)
      .forUpdate()
      .skipLocked()
    return await knex("item_deposit")
      .update({ expiry_reminded_at: input.now })
      .whereIn("id", due)
      .returning(EXPIRY_COLUMNS)
  }

  /**
   * Claims the active deposits that expired by `now` and were not handled
   * yet (`expired_at` set in one UPDATE: once, whichever process runs the
   * job). A claim older than `stale_before` with no outcome (its process
   * died before applying the rule) is claimed again.
   */
  @InjectTransactionManager()
  async claimExpiredDeposits(
    input: { now: Date; stale_before: Date; limit?: number },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<any[]> {
    const knex = transactionKnex(sharedContext)
    const due = knex("item_deposit")
      .select("id")
      .where("status", "active")
      .whereNull("deleted_at")
      .whereNull("expiry_outcome")
      .where("expires_at", "<=", input.now)
      .where((q) => q.whereNull("expired_at").orWhere("expired_at", "<", input.stale_before))
      .orderBy("expires_at")
      .limit(input.limit ?? 500)
      .forUpdate()
      .skipLocked()
    return await knex("item_deposit")
      .update({ expired_at: input.now })
      .whereIn("id", due)
      .returning(EXPIRY_COLUMNS)
  }

  /**
   * Records how an expired deposit was handled. `refund_due` also takes it
   * out of checkout (status refund_due, under its row lock; only from
   * active, so a deposit closed meanwhile keeps its status).
   */
  @InjectTransactionManager()
  async recordExpiryOutcome(
    id: string,
    outcome: "kept" | "converted" | "refund_due",
    @MedusaContext() sharedContext: Context = {}
  ) {
    const deposit = (await this.lockDeposits_([id], sharedContext)).get(id)
    const status = outcome === "refund_due" && deposit?.status === "active" ? { status: "refund_due" as const } : {}
    await this.updateItemDeposits({ id, expiry_outcome: outcome, ...status }, sharedContext)
  }

  /** Gives a claim back (the rule could not be applied): the next run retries. */
  @InjectTransactionManager()
  async unclaimExpiry(id: string, @MedusaContext() sharedContext: Context = {}) {
    await transactionKnex(sharedContext)("item_deposit").update({ expired_at: null }).where({ id }).whereNull("expiry_outcome")
  }

  /**
   * Records stock reservations just made for a deposit, under the deposit's
   * row lock, only if it is still active: a deposit closed (or consumed)
   * since the caller looked gets no hold rows and null comes back, so the
   * caller deletes the reservations. Closings take the same row lock before
   * releasing holds, so either they see these rows or these rows never land.
   */
  @InjectTransactionManager()
  async recordHeldReservations(
    depositId: string,
    rows: { reservation_id: string; inventory_item_id: string; location_id: string; quantity: number }[],
    @MedusaContext() sharedContext: Context = {}
  ) {
    const deposit = (await this.lockDeposits_([depositId], sharedContext)).get(depositId)
    if (deposit?.status !== "active") {
      return null
    }
    return (await this.createItemDepositReservations(
      rows.map((r) => ({ ...r, deposit_id: depositId })) as any,
      sharedContext
    )) as unknown as any[]
  }

  /**
   * Marks the deposits' held stock reservations released (one UPDATE, so a
   * reservation is released once however many callers race) and returns the
   * rows it changed: the caller deletes their inventory reservations.
   */
  @InjectTransactionManager()
  async claimHeldReservations(
    input: { deposit_ids: string[]; reason: string },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ id: string; deposit_id: string; reservation_id: string; inventory_item_id: string; location_id: string; quantity: number }[]> {
    if (!input.deposit_ids.length) {
      return []
    }
    return await transactionKnex(sharedContext)("item_deposit_reservation")
      .update({ status: "released", released_at: new Date(), reason: input.reason, updated_at: new Date() })
      .whereIn("deposit_id", input.deposit_ids)
      .where("status", "held")
      .whereNull("deleted_at")
      .returning(["id", "deposit_id", "reservation_id", "inventory_item_id", "location_id", "quantity"])
  }

  /**
   * Stock held for deposits: holds in place (`held`) and holds their owner's
   * checkout gave up moments ago (`checkout`, see
   * workflows/hooks/consume-item-deposits.ts) whose order has not taken the
   * unit yet. Other customers' checkouts must not get either.
   */
  @InjectManager()
  async listStockHolds(
    input: { transfer_since: Date; variant_ids: string[] },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ inventory_item_id: string; quantity: number; status: string; customer_id: string }[]> {
    if (!input.variant_ids.length) {
      return []
    }
    return await contextKnex(sharedContext)("item_deposit_reservation as r")
      .join("item_deposit as d", "d.id", "r.deposit_id")
      .select("r.inventory_item_id", "r.quantity", "r.status", "d.customer_id")
      // Only the cart's variants (the deposits' variant index), not every hold.
      .whereIn("d.variant_id", input.variant_ids)
      .whereNull("r.deleted_at")
      .where((q) =>
        q
          .where("r.status", "held")
          .orWhere((t) => t.where("r.reason", "checkout").where("r.released_at", ">", input.transfer_since))
      )
  }

  /** The order took the units its checkout released: they are no longer in transfer. */
  @InjectTransactionManager()
  async markStockConsumed(depositIds: string[], @MedusaContext() sharedContext: Context = {}) {
    if (!depositIds.length) return
    await transactionKnex(sharedContext)("item_deposit_reservation")
      .update({ reason: "consumed", updated_at: new Date() })
      .whereIn("deposit_id", depositIds)
      .where("reason", "checkout")
  }

  /**
   * The shared core of holdForCart and restoreCartHolds: moves each deposit's
   * hold on the cart to its target (0 when a deposit is not in `targets` but
   * the cart holds it). `owner` given: a deposit that pays more must be the
   * owner's, active, and have the difference left. `owner` null (restoring):
   * no checks, capped at what is left.
   */
  protected async setCartHolds_(
    cartId: string,
    targets: Map<string, BigNumberInput>,
    owner: { customer_id: string } | null,
    sharedContext: Context,
    release: { order_id?: string; note: string } = { note: "The cart changed before its order was placed" }
  ): Promise<{ changes: CartHoldChange[]; entries: any[] }> {
    const existing = await this.lockApplications_({ cart_id: cartId }, sharedContext)
    const byDeposit = new Map(existing.map((a) => [a.deposit_id, a]))
    const ids = [...new Set([...targets.keys(), ...existing.filter((a) => a.status === "held").map((a) => a.deposit_id)])]
    if (!ids.length) {
      return { changes: [], entries: [] }
    }
    const deposits = await this.lockDeposits_(ids, sharedContext)
    const remaining = await this.retrieveRemainingAmounts(ids, sharedContext)

    const changes: CartHoldChange[] = []
    const entries: any[] = []
    for (const id of ids.sort()) {
      const application = byDeposit.get(id)
      if (application?.status === "consumed") {
        // An order already took this cart's money: only its own life
        // (cancellation, returns) moves it from here.
        continue
      }
      const deposit = deposits.get(id)
      const previous = application?.status === "held" ? MathBN.convert(application.amount) : MathBN.convert(0)
      let target = MathBN.convert(targets.get(id) ?? 0)
      let diff = MathBN.sub(target, previous)
      if (MathBN.gt(diff, 0)) {
        if (owner) {
          this.assertCanHold_(deposit, id, owner.customer_id, cartId, diff, remaining[id])
        } else {
          diff = MathBN.min(diff, MathBN.max(remaining[id], 0))
          target = MathBN.add(previous, diff)
        }
      }
      if (MathBN.eq(diff, 0)) {
        continue
      }
      const increase = MathBN.gt(diff, 0)
      entries.push({
        deposit_id: id,
        type: increase ? "application" : "release",
        amount: increase ? diff : MathBN.mult(diff, -1),
        cart_id: cartId,
        order_id: increase ? null : (release.order_id ?? null),
        note: increase ? null : release.note,
      })
      const left = MathBN.sub(remaining[id], diff)
      if (MathBN.eq(left, 0) && deposit?.status === "active") {
        await this.updateItemDeposits({ id, status: "consumed" }, sharedContext)
      } else if (!increase) {
        await this.reopen_(deposit, sharedContext)
      }
      const status = MathBN.gt(target, 0) ? ("held" as const) : ("released" as const)
      if (application) {
        await this.updateItemDepositApplications({ id: application.id, amount: target as any, status }, sharedContext)
      } else {
        await this.createItemDepositApplications({ deposit_id: id, cart_id: cartId, amount: target, status } as any, sharedContext)
      }
      changes.push({ deposit_id: id, previous: new BigNumber(previous), amount: new BigNumber(target) })
    }
    return {
      changes,
      entries: entries.length ? await this.createItemDepositTransactions(entries, sharedContext) : [],
    }
  }

  protected assertCanHold_(
    deposit: LockedDeposit | undefined,
    id: string,
    customerId: string,
    cartId: string,
    amount: BigNumberInput,
    remaining: BigNumber
  ) {
    const refresh = `refresh the cart (POST /store/carts/${cartId}/item-deposits) and try again`
    if (!deposit || deposit.customer_id !== customerId) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Item deposit ${id} cannot pay for this cart: ${refresh}.`)
    }
    if (deposit.status !== "active" || MathBN.lt(remaining, amount)) {
      const number = formatDepositNumber(deposit.display_id)
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Item deposit ${number} no longer covers ${new BigNumber(amount).numeric} (it has ${new BigNumber(MathBN.max(remaining, 0)).numeric} left): ${refresh}.`
      )
    }
  }

  /**
   * Money given back is usable again, even on a deposit closed since
   * (converted while an order held part of it): the customer is owed it.
   */
  protected async reopen_(deposit: LockedDeposit | undefined, sharedContext: Context) {
    if (deposit && deposit.status !== "active") {
      await this.updateItemDeposits({ id: deposit.id, status: "active" }, sharedContext)
      deposit.status = "active"
    }
  }

  /** Application rows, locked for the rest of the transaction (id order). */
  protected async lockApplications_(
    where: { cart_id?: string; order_id?: string; deposit_id?: string[]; status?: string[] },
    sharedContext: Context
  ): Promise<LockedApplication[]> {
    await setLockTimeout(sharedContext)
    const query = transactionKnex(sharedContext)("item_deposit_application")
      .select("id", "deposit_id", "cart_id", "order_id", "status", "amount", "returned_amount")
      .whereNull("deleted_at")
      .orderBy("id")
      .forUpdate()
    if (where.cart_id) query.where("cart_id", where.cart_id)
    if (where.order_id) query.where("order_id", where.order_id)
    if (where.deposit_id) query.whereIn("deposit_id", where.deposit_id)
    if (where.status) query.whereIn("status", where.status)
    return (await query.catch(busyConflict)) as LockedApplication[]
  }

  protected async lockDeposits_(ids: string[], sharedContext: Context) {
    const rows = await lockRowsForUpdate<LockedDeposit>(sharedContext, "item_deposit", ids, [
      "id",
      "customer_id",
      "status",
      "display_id",
      "amount_per_unit",
      "units",
    ])
    return new Map(rows.map((row) => [row.id, row]))
  }
}

export default ItemDepositModuleService
