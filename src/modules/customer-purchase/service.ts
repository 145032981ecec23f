import {
  BigNumber,
  generateEntityId,
  InjectManager,
  InjectTransactionManager,
  MedusaContext,
  MedusaError,
  MathBN,
  MedusaService,
} from "@medusajs/framework/utils"
import type { BigNumberInput, BigNumberRawValue, Context } from "@medusajs/framework/types"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { CustomerPurchase } from "./models/customer-purchase"
import { CustomerPurchaseItem } from "./models/customer-purchase-item"
import { PurchaseActivity } from "./models/purchase-activity"
import { PurchaseAttachment } from "./models/purchase-attachment"
import { PurchasePayout } from "./models/purchase-payout"
import { PurchasePayoutLine } from "./models/purchase-payout-line"
import { PurchaseSetting } from "./models/purchase-setting"
import { PurchaseHold } from "./models/purchase-hold"
import { BlockedSerial } from "./models/blocked-serial"
import { PurchaseItemCost } from "./models/purchase-item-cost"
import { PurchaseUnitSale } from "./models/purchase-unit-sale"
import { planUnitSales, type ActiveSale, type OrderSaleLine, type SellableItem } from "./utils/plan-unit-sales"
import {
  itemMargins,
  marginsByDay,
  marginsLedgerPage,
  marginsTotals,
  type MarginsFilters,
} from "./utils/margins-report"
import { DEFAULT_PURCHASE_SETTINGS } from "./utils/default-settings"
import { refurbishmentCostDifferences } from "./utils/refurbishment-cost-differences"
import { IdNumberCipher, type IdNumberKeyOptions } from "../../utils/id-number-crypto"
import { stateConflict } from "../../utils/errors"
import {
  busyConflict,
  contextKnex,
  flushOrmWrites,
  lockRowsForUpdate,
  setLockTimeout,
  transactionKnex,
} from "../../utils/db"
import { formatPurchaseNumber, parsePurchaseNumber } from "../../utils/purchase-number"
import {
  FINAL_ITEM_STATUSES,
  isFinalStatus,
  REFURBISHMENT_COST_NOTES,
  type PurchaseSettingsDTO,
  type PurchaseStatus,
} from "../../types/customer-purchase"

/** One entry of a purchase's activity log, as workflows write it. */
export type PurchaseActivityEntry = {
  purchase_id: string
  item_id?: string | null
  type: string
  actor_id?: string | null
  from_status?: string | null
  to_status?: string | null
  note?: string | null
  data?: Record<string, unknown> | null
}

/** The admin list's filters (see the route's validator). */
export type PurchaseListFilters = {
  q?: string
  id?: string | string[]
  status?: string | string[]
  customer_id?: string | string[]
  item_status?: string | string[]
  created_at?: Partial<Record<"$eq" | "$gt" | "$gte" | "$lt" | "$lte", string | Date>>
}

export type PurchaseListPage = {
  skip: number
  take: number
  /** One orderable column and its direction; the id breaks ties. */
  order?: Record<string, "ASC" | "DESC" | "asc" | "desc">
}

/** An item as the batch stocking checks it (see resolveStockingTarget). */
export type StockableItemRow = {
  id: string
  title: string
  status: string
  variant_id: string | null
  purchase_id: string
  quantity: number
  /** Exact decimal strings. */
  unit_price: string
  refurbishment_cost: string
  /** Hold rules can match on it. */
  metadata: Record<string, unknown> | null
  purchase: { id: string; display_id: number; status: string }
}

/** What stocking records on an item. */
export type StockedItemUpdate = {
  id: string
  variant_id: string
  stocked_location_id: string
  stocked_inventory_item_id: string
  refurbishment_cost: BigNumberInput
  unit_cost: BigNumberInput
}

const ITEM_SNAPSHOT_COLUMNS = [
  "id",
  "status",
  "stocked_at",
  "variant_id",
  "stocked_location_id",
  "stocked_inventory_item_id",
  "refurbishment_cost",
  "raw_refurbishment_cost",
  "unit_cost",
  "raw_unit_cost",
]

/** An item's stocking fields as they were (rows as PostgreSQL returns them). */
export type ItemSnapshot = {
  id: string
  status: string
  stocked_at: Date | null
  variant_id: string | null
  stocked_location_id: string | null
  stocked_inventory_item_id: string | null
  refurbishment_cost: string | null
  raw_refurbishment_cost: BigNumberRawValue | null
  unit_cost: string | null
  raw_unit_cost: BigNumberRawValue | null
}

/** At most this many purchases are found through their items' serial numbers. */
export const SERIAL_SEARCH_LIMIT = 1000

/** The columns the list may be ordered by (the route's validator allows the same). */
const ORDERABLE = new Set([
  "id",
  "created_at",
  "updated_at",
  "display_id",
  "status",
  "paid_at",
  "completed_at",
  "seller_last_name",
  "seller_first_name",
])

/** A `q` that could be the last four characters of an ID number. */
const ID_LAST_FOUR = /^[a-z0-9]{4}$/i

const DATE_OPERATORS = { $eq: "=", $gt: ">", $gte: ">=", $lt: "<", $lte: "<=" } as const

type StatusSnapshot = {
  id: string
  status: string
  paid_at: Date | null
  completed_at: Date | null
  cancelled_at: Date | null
}

/** Whether the list filters say anything about the purchase itself (beyond its items' status). */
const hasPurchaseConditions = (filters: PurchaseListFilters) =>
  !!(filters.id || filters.status || filters.customer_id || filters.q) ||
  Object.values(filters.created_at ?? {}).some((value) => value !== undefined)

/**
 * How many purchases have an item in one of `statuses` (and meet the
 * purchase's own conditions). Counted from the items' (status, purchase_id)
 * index: the distinct purchase ids of the matching items, each checked
 * against its purchase by primary key. As a plain semi-join, PostgreSQL
 * would rather scan the whole purchase table to hash it, which grows with
 * the store; `offset 0` keeps the check a per-id probe (a subquery with an
 * OFFSET is not flattened into a join). With no condition on the purchase
 * itself, the items' index alone answers: a purchase is never deleted with
 * live items (its soft delete cascades to them), so the probe of every id
 * (30,000 of them in the benchmark) is skipped.
 */
function countByItemStatus(
  knex: Knex,
  purchaseOnly: Knex.QueryBuilder,
  statuses: string[],
  itemsOnly: boolean
) {
  const ids = knex("customer_purchase_item")
    .distinct("purchase_id")
    .whereIn("status", statuses)
    .whereNull("deleted_at")
    .as("m")
  if (itemsOnly) {
    return knex.from(ids).count({ count: "*" })
  }
  const check = purchaseOnly.clone().select(knex.raw("1")).whereRaw('"p"."id" = "m"."purchase_id"').toSQL()
  return knex.from(ids).whereRaw(`exists (${check.sql} offset 0)`, check.bindings as any[]).count({ count: "*" })
}

class CustomerPurchaseModuleService extends MedusaService({
  CustomerPurchase,
  CustomerPurchaseItem,
  PurchaseActivity,
  PurchaseAttachment,
  PurchasePayout,
  PurchasePayoutLine,
  PurchaseSetting,
  PurchaseHold,
  BlockedSerial,
  PurchaseItemCost,
  PurchaseUnitSale,
}) {
  /** Seals and opens sellers' full ID numbers with the plugin options' keys (README "Compliance"). */
  protected readonly idNumbers_: IdNumberCipher

  constructor(dependencies: Record<string, unknown>, options: IdNumberKeyOptions = {}) {
    // @ts-ignore MedusaService's constructor takes the module's options after the container
    super(...arguments)
    this.idNumbers_ = new IdNumberCipher(options ?? {})
  }

  /** The stored form of a full ID number: AES-256-GCM when a key is configured. */
  sealIdNumber(plain: string | null | undefined) {
    return this.idNumbers_.seal(plain)
  }

  /** The full ID number from its stored form (for the reveal route and the export only). */
  openIdNumber(stored: string | null | undefined) {
    return this.idNumbers_.open(stored)
  }

  /**
   * Re-seals every stored ID number that is plaintext or sealed with a
   * previous key with the current key, a batch at a time: the second half of
   * a key rotation. Returns how many it re-sealed.
   */
  async resealIdNumbers(batchSize = 200): Promise<number> {
    if (!this.idNumbers_.enabled) {
      return 0
    }
    let resealed = 0
    for (let after: string | null = ""; after !== null; ) {
      const batch = await this.resealIdNumberBatch_(after, batchSize)
      resealed += batch.resealed
      after = batch.last
    }
    return resealed
  }

  /**
   * One batch in one transaction, its rows locked: an edit or a purge of a
   * number at the same time either commits first (and is what gets sealed,
   * or is skipped once purged to null) or waits for this batch. Without the
   * lock a purge could be overwritten with the number it removed.
   */
  @InjectTransactionManager()
  protected async resealIdNumberBatch_(
    after: string,
    take: number,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ resealed: number; last: string | null }> {
    await setLockTimeout(sharedContext)
    const knex = transactionKnex(sharedContext)
    const rows: { id: string; id_document_number: string }[] = await knex("customer_purchase")
      .select("id", "id_document_number")
      .where("id", ">", after)
      .whereNotNull("id_document_number")
      .whereNull("deleted_at")
      .orderBy("id")
      .limit(take)
      .forUpdate()
      .catch(busyConflict)
    const stale = rows.filter((p) => this.idNumbers_.needsReseal(p.id_document_number))
    for (const p of stale) {
      await knex("customer_purchase")
        .where({ id: p.id })
        .update({ id_document_number: this.idNumbers_.seal(this.idNumbers_.open(p.id_document_number)) })
    }
    return { resealed: stale.length, last: rows.length ? rows[rows.length - 1].id : null }
  }

  /**
   * The store's settings, or the defaults when the merchant never saved any:
   * reading never writes, so a GET stays a GET.
   */
  @InjectManager()
  async retrieveSettings(
    @MedusaContext() sharedContext: Context = {}
  ): Promise<PurchaseSettingsDTO> {
    const [row] = await this.listPurchaseSettings(
      {},
      { take: 1, order: { created_at: "ASC" } },
      sharedContext
    )
    return row
      ? (row as unknown as PurchaseSettingsDTO)
      : ({ id: null, ...DEFAULT_PURCHASE_SETTINGS } as unknown as PurchaseSettingsDTO)
  }

  /**
   * Creates the single settings row on first save, updates it afterwards.
   * A transaction-scoped advisory lock serialises concurrent saves across
   * processes, so two first saves cannot create two rows.
   */
  @InjectTransactionManager()
  async saveSettings(
    data: Partial<Omit<PurchaseSettingsDTO, "id">>,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<PurchaseSettingsDTO> {
    await transactionKnex(sharedContext).raw(
      "select pg_advisory_xact_lock(hashtext('customer_purchase_setting'))"
    )
    const current = await this.retrieveSettings(sharedContext)
    const next = {
      ...current,
      ...data,
      receipt_template: {
        ...current.receipt_template,
        ...(data.receipt_template ?? {}),
      },
    }

    if (data.stages) {
      await this.assertNoItemsInRemovedStages_(
        current.stages.map((s) => s.value),
        data.stages.map((s) => s.value),
        sharedContext
      )
    }

    const { id, ...fields } = next
    const saved = id
      ? await this.updatePurchaseSettings({ id, ...fields } as any, sharedContext)
      : await this.createPurchaseSettings(fields as any, sharedContext)
    return saved as unknown as PurchaseSettingsDTO
  }

  /**
   * Moves a purchase from one of `from` to `to` under a row lock, so that two
   * processes can never both pass the same check (for example both paying a
   * draft purchase out). Returns the state before the move, for compensation.
   */
  @InjectTransactionManager()
  async transitionPurchaseStatus(
    id: string,
    transition: { from: PurchaseStatus[]; to: PurchaseStatus; message: string },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<StatusSnapshot> {
    await lockRowsForUpdate(sharedContext, "customer_purchase", [id])
    const purchase = await this.retrieveCustomerPurchase(
      id,
      { select: ["id", "status", "paid_at", "completed_at", "cancelled_at"] },
      sharedContext
    )
    if (!transition.from.includes(purchase.status as PurchaseStatus)) {
      throw stateConflict(transition.message.replace("{status}", purchase.status))
    }

    const now = new Date()
    await this.updateCustomerPurchases(
      {
        id,
        status: transition.to,
        ...(transition.to === "paid" && { paid_at: now }),
        ...(transition.to === "completed" && { completed_at: now }),
        ...(transition.to === "cancelled" && { cancelled_at: now }),
      },
      sharedContext
    )
    return purchase as unknown as StatusSnapshot
  }

  /** Puts a purchase back as it was before a transition (compensation). */
  @InjectTransactionManager()
  async restorePurchaseStatus(
    snapshot: StatusSnapshot,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    await this.updateCustomerPurchases(snapshot as any, sharedContext)
  }

  /**
   * Moves an item to a new status under a row lock, failing if it is no longer
   * in a status it may leave (a final status is terminal). Returns the item as
   * it was, for compensation.
   */
  @InjectTransactionManager()
  async transitionItemStatus(
    id: string,
    to: string,
    @MedusaContext() sharedContext: Context = {}
  ) {
    await lockRowsForUpdate(sharedContext, "customer_purchase_item", [id])
    const item = await this.retrieveCustomerPurchaseItem(id, {}, sharedContext)
    if (isFinalStatus(item.status)) {
      throw stateConflict(
        `Item ${item.title} is already ${item.status.replace(/_/g, " ")}; its status can no longer change.`
      )
    }
    await this.updateCustomerPurchaseItems(
      { id, status: to, ...(to === "stocked" && { stocked_at: new Date() }) },
      sharedContext
    )
    return item
  }

  /**
   * Marks a paid purchase completed when every one of its items has reached a
   * final status. Returns whether it did.
   */
  @InjectTransactionManager()
  async completePurchaseIfDone(
    id: string,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<boolean> {
    await lockRowsForUpdate(sharedContext, "customer_purchase", [id])
    const purchase = await this.retrieveCustomerPurchase(
      id,
      { relations: ["items"] },
      sharedContext
    )
    const done =
      purchase.status === "paid" &&
      purchase.items.length > 0 &&
      purchase.items.every((item) => isFinalStatus(item.status))
    if (done) {
      await this.updateCustomerPurchases(
        { id, status: "completed", completed_at: new Date() },
        sharedContext
      )
    }
    return done
  }

  /**
   * Items with their purchase's number and status: what the batch stocking
   * checks. One indexed read, not an entity graph per item (a thousand
   * items hydrated through the ORM took most of a second).
   */
  @InjectManager()
  async listItemsForStocking(
    ids: string[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<StockableItemRow[]> {
    const rows = await contextKnex(sharedContext)("customer_purchase_item as i")
      .join("customer_purchase as p", "p.id", "i.purchase_id")
      .select(
        "i.id",
        "i.title",
        "i.status",
        "i.variant_id",
        "i.purchase_id",
        "i.quantity",
        "i.raw_unit_price",
        "i.raw_refurbishment_cost",
        "i.metadata",
        "p.display_id as purchase_display_id",
        "p.status as purchase_status"
      )
      .whereIn("i.id", ids)
      .whereNull("i.deleted_at")
      .whereNull("p.deleted_at")
    return rows.map((row: any) => ({
      id: row.id,
      title: row.title,
      status: row.status,
      variant_id: row.variant_id,
      purchase_id: row.purchase_id,
      quantity: row.quantity,
      unit_price: row.raw_unit_price?.value ?? "0",
      refurbishment_cost: row.raw_refurbishment_cost?.value ?? "0",
      metadata: row.metadata ?? null,
      purchase: { id: row.purchase_id, display_id: row.purchase_display_id, status: row.purchase_status },
    }))
  }

  /**
   * Marks items stocked, with where they went and what they cost, under
   * their row locks (taken in id order, so concurrent batches cannot
   * deadlock): refuses the whole batch if any item already has a final
   * status, so an item is stocked once however many requests race. One
   * UPDATE for the whole batch: the ORM's per-entity updates cost over a
   * second for a thousand items. Money is written as Medusa stores a
   * bigNumber (the numeric column and its raw twin). Returns the items as
   * they were, for compensation (restoreItems).
   */
  @InjectTransactionManager()
  async markItemsStocked(
    rows: StockedItemUpdate[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<ItemSnapshot[]> {
    const ids = rows.map((row) => row.id)
    const before = await lockRowsForUpdate<ItemSnapshot & { title: string }>(
      sharedContext,
      "customer_purchase_item",
      ids,
      ["title", ...ITEM_SNAPSHOT_COLUMNS]
    )
    if (before.length !== new Set(ids).size) {
      const found = new Set(before.map((item) => item.id))
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Customer purchase item with id: ${ids.find((id) => !found.has(id))} was not found`
      )
    }
    const final = before.find((item) => isFinalStatus(item.status))
    if (final) {
      throw stateConflict(
        `Item ${final.title} is already ${final.status.replace(/_/g, " ")}; its status can no longer change.`
      )
    }
    const now = new Date()
    const money = (value: BigNumberInput) => {
      const n = new BigNumber(value)
      return [n.numeric, JSON.stringify(n.raw)]
    }
    await transactionKnex(sharedContext).raw(
      `update customer_purchase_item as i
          set status = 'stocked', stocked_at = ?, updated_at = ?,
              variant_id = v.variant_id, stocked_location_id = v.location_id,
              stocked_inventory_item_id = v.inventory_item_id,
              refurbishment_cost = v.refurbishment_cost::numeric, raw_refurbishment_cost = v.raw_refurbishment_cost::jsonb,
              unit_cost = v.unit_cost::numeric, raw_unit_cost = v.raw_unit_cost::jsonb
         from (values ${rows.map(() => "(?, ?, ?, ?, ?, ?, ?, ?)").join(", ")})
           as v (id, variant_id, location_id, inventory_item_id, refurbishment_cost, raw_refurbishment_cost, unit_cost, raw_unit_cost)
        where i.id = v.id`,
      [
        now,
        now,
        ...rows.flatMap((row) => [
          row.id,
          row.variant_id,
          row.stocked_location_id,
          row.stocked_inventory_item_id,
          ...money(row.refurbishment_cost),
          ...money(row.unit_cost),
        ]),
      ]
    )
    await this.logRefurbishmentCostChanges_(ids, REFURBISHMENT_COST_NOTES.stocked, sharedContext)
    return before.map(({ title: _title, ...snapshot }) => snapshot)
  }

  /** Puts items back as markItemsStocked found them (compensation). */
  @InjectTransactionManager()
  async restoreItems(
    snapshots: ItemSnapshot[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    await this.updateCustomerPurchaseItems(
      snapshots.map(({ raw_refurbishment_cost, raw_unit_cost, ...item }) => ({
        ...item,
        refurbishment_cost: raw_refurbishment_cost?.value ?? item.refurbishment_cost,
        unit_cost: raw_unit_cost?.value ?? item.unit_cost,
      })) as any[],
      sharedContext
    )
    await this.logRefurbishmentCostChanges_(
      snapshots.map((item) => item.id),
      REFURBISHMENT_COST_NOTES.stockingFailed,
      sharedContext
    )
  }

  /**
   * The batch form of completePurchaseIfDone: completes, under their row
   * locks, those of the purchases that are paid and have items, every one in
   * a final status. Returns the ids it completed.
   */
  @InjectTransactionManager()
  async completePurchasesIfDone(
    ids: string[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<string[]> {
    const unique = [...new Set(ids)]
    await lockRowsForUpdate(sharedContext, "customer_purchase", unique)
    const knex = transactionKnex(sharedContext)
    const itemsOf = () =>
      knex("customer_purchase_item as i")
        .select(knex.raw("1"))
        .whereRaw('"i"."purchase_id" = "p"."id"')
        .whereNull("i.deleted_at")
    const done: string[] = await knex("customer_purchase as p")
      .whereIn("p.id", unique)
      .where("p.status", "paid")
      .whereNull("p.deleted_at")
      .whereExists(itemsOf())
      .whereNotExists(itemsOf().whereNotIn("i.status", [...FINAL_ITEM_STATUSES]))
      .pluck("p.id")
    if (done.length) {
      await this.updateCustomerPurchases(
        { selector: { id: done }, data: { status: "completed", completed_at: new Date() } },
        sharedContext
      )
    }
    return done
  }

  /**
   * One page of the admin list: the ids of the matching purchases, in order,
   * and how many match. Both are single statements on customer_purchase that
   * an index answers, run side by side:
   * - `item_status` is a semi-join (EXISTS) on the items' (status,
   *   purchase_id) index, not a join that groups every matching item;
   * - `q` matches the seller's names, an item's serial number (substrings,
   *   any case; trigram indexes) or the purchase number (display_id's
   *   index) or the last four characters of the seller's ID number (its
   *   index; as typed or in capitals). The serials are looked up first, in their own table, so that
   *   the purchase query is an OR of indexed conditions on one table (a
   *   BitmapOr): an OR across a join makes PostgreSQL scan both tables whole.
   */
  @InjectManager()
  async listPurchasePage(
    filters: PurchaseListFilters,
    page: PurchaseListPage,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ ids: string[]; count: number; customer_ids: string[] }> {
    const knex = contextKnex(sharedContext)
    const list = (value: string | string[]) => [value].flat()

    const matching = knex("customer_purchase as p").whereNull("p.deleted_at")
    if (filters.id) matching.whereIn("p.id", list(filters.id))
    if (filters.status) matching.whereIn("p.status", list(filters.status))
    if (filters.customer_id) matching.whereIn("p.customer_id", list(filters.customer_id))
    for (const [op, value] of Object.entries(filters.created_at ?? {})) {
      if (value !== undefined) {
        matching.where("p.created_at", DATE_OPERATORS[op as keyof typeof DATE_OPERATORS], value as any)
      }
    }
    if (filters.q) {
      const like = `%${filters.q.trim()}%`
      const bySerial = await knex("customer_purchase_item")
        .distinct("purchase_id")
        .whereILike("serial_number", like)
        .whereNull("deleted_at")
        .limit(SERIAL_SEARCH_LIMIT)
      const purchaseIds = bySerial.map((row: { purchase_id: string }) => row.purchase_id)
      const displayId = parsePurchaseNumber(filters.q)
      matching.where((or) => {
        or.whereILike("p.seller_first_name", like).orWhereILike("p.seller_last_name", like)
        if (purchaseIds.length) or.orWhereIn("p.id", purchaseIds)
        if (displayId !== undefined && displayId <= 2147483647) or.orWhere("p.display_id", displayId)
        const lastFour = filters.q!.trim()
        if (ID_LAST_FOUR.test(lastFour)) {
          or.orWhereIn("p.id_document_last4", [...new Set([lastFour, lastFour.toUpperCase()])])
        }
      })
    }

    // The conditions on the purchase itself, before item_status is added: the
    // count of an item_status filter starts from the items (see below).
    const purchaseOnly = matching.clone()
    const itemStatuses = filters.item_status ? list(filters.item_status) : null
    if (itemStatuses) {
      matching.whereExists(
        knex("customer_purchase_item as i")
          .select(knex.raw("1"))
          .whereRaw('"i"."purchase_id" = "p"."id"')
          .whereIn("i.status", itemStatuses)
          .whereNull("i.deleted_at")
      )
    }

    const [column, direction] = Object.entries(page.order ?? {})[0] ?? ["id", "ASC"]
    if (!ORDERABLE.has(column)) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `order: cannot order purchases by ${column}`)
    }
    const order = direction.toUpperCase() === "DESC" ? "desc" : "asc"
    const [rows, [{ count }]] = await Promise.all([
      matching
        .clone()
        .select("p.id", "p.customer_id")
        .orderBy([
          { column: `p.${column}`, order },
          ...(column === "id" ? [] : [{ column: "p.id", order }]),
        ])
        .limit(page.take)
        .offset(page.skip),
      itemStatuses
        ? countByItemStatus(knex, purchaseOnly, itemStatuses, !hasPurchaseConditions(filters))
        : matching.clone().count({ count: "*" }),
    ])
    return {
      ids: rows.map((row: { id: string }) => row.id),
      count: Number(count),
      customer_ids: [...new Set(rows.map((row: { customer_id: string | null }) => row.customer_id).filter(Boolean))] as string[],
    }
  }

  /**
   * Locks the purchase row and checks its status before an item is written
   * in the same transaction: a payout (which moves draft → paid under the same
   * row lock) either happens before, and this refuses, or waits for this write
   * and then pays the new total.
   */
  protected async lockPurchaseForItemChange_(
    purchaseId: string,
    allowed: (status: string) => string | null,
    sharedContext: Context
  ) {
    await lockRowsForUpdate(sharedContext, "customer_purchase", [purchaseId])
    const purchase = await this.retrieveCustomerPurchase(
      purchaseId,
      { select: ["id", "display_id", "status"] },
      sharedContext
    )
    const refusal = allowed(purchase.status)
    if (refusal) {
      throw stateConflict(refusal.replace("{number}", formatPurchaseNumber(purchase.display_id)))
    }
  }

  /** Adds items to a draft purchase, checked under the purchase's row lock. */
  @InjectTransactionManager()
  async addItemsToDraftPurchase(
    purchaseId: string,
    items: Record<string, unknown>[],
    @MedusaContext() sharedContext: Context = {}
  ) {
    await this.lockPurchaseForItemChange_(
      purchaseId,
      (status) => (status === "draft" ? null : `Purchase {number} is ${status} and can no longer have items added.`),
      sharedContext
    )
    if (!items.length) {
      return []
    }
    // After the purchase's other items, in the order given (read under the
    // row lock above, so two concurrent additions cannot share ranks).
    const [last] = await this.listCustomerPurchaseItems(
      { purchase_id: purchaseId },
      { select: ["rank"], order: { rank: "DESC" }, take: 1, withDeleted: true },
      sharedContext
    )
    const next = (last?.rank ?? -1) + 1
    const created = await this.createCustomerPurchaseItems(
      items.map((item, index) => ({ ...item, rank: next + index })) as any[],
      sharedContext
    )
    await this.logRefurbishmentCostChanges_(
      created.map((item) => item.id),
      REFURBISHMENT_COST_NOTES.entered,
      sharedContext
    )
    return created
  }

  /** Creates a purchase with its items; refurbishment costs entered with them are logged as entries. */
  @InjectTransactionManager()
  async createPurchaseWithItems(data: Record<string, unknown>, @MedusaContext() sharedContext: Context = {}) {
    const purchase = await this.createCustomerPurchases(data as any, sharedContext)
    await flushOrmWrites(sharedContext)
    const items = await this.listCustomerPurchaseItems({ purchase_id: purchase.id }, { select: ["id"] }, sharedContext)
    await this.logRefurbishmentCostChanges_(
      items.map((item) => item.id),
      REFURBISHMENT_COST_NOTES.entered,
      sharedContext
    )
    return purchase
  }

  /**
   * Updates an item under its purchase's row lock; `priced` (price, quantity)
   * changes only while the purchase is a draft.
   */
  @InjectTransactionManager()
  async updateItemOfPurchase(
    purchaseId: string,
    update: { id: string } & Record<string, unknown>,
    priced: string[],
    costNote: string,
    @MedusaContext() sharedContext: Context = {}
  ) {
    await this.lockPurchaseForItemChange_(
      purchaseId,
      (status) =>
        status === "cancelled"
          ? "Purchase {number} is cancelled; its items can no longer be edited."
          : status !== "draft" && priced.length
            ? `${priced.join(", ")}: the seller has already been paid for this item, so what was paid can no longer change.`
            : null,
      sharedContext
    )
    return await this.updateItemLoggingCosts(update, costNote, sharedContext)
  }

  /**
   * Updates an item; a new refurbishment cost is logged as the entry of its
   * difference in the same transaction (see logRefurbishmentCostChanges_).
   */
  @InjectTransactionManager()
  async updateItemLoggingCosts(
    update: { id: string } & Record<string, unknown>,
    note: string,
    @MedusaContext() sharedContext: Context = {}
  ) {
    const updated = await this.updateCustomerPurchaseItems(update as any, sharedContext)
    if ("refurbishment_cost" in update) {
      await this.logRefurbishmentCostChanges_([update.id], note, sharedContext)
    }
    return updated
  }

  /** Soft-deletes an item of a draft purchase, checked under the purchase's row lock. */
  @InjectTransactionManager()
  async removeItemOfDraftPurchase(
    purchaseId: string,
    itemId: string,
    @MedusaContext() sharedContext: Context = {}
  ) {
    await this.lockPurchaseForItemChange_(
      purchaseId,
      (status) => (status === "draft" ? null : `Purchase {number} is ${status} and can no longer have items removed.`),
      sharedContext
    )
    await this.softDeleteCustomerPurchaseItems([itemId], {}, sharedContext)
  }

  /**
   * Appends entries to the activity log in one INSERT. The ORM's create spent
   * ~0.3 s on the thousand entries of a stocked batch, most of what the batch
   * cost above core's inventory workflows (docs/benchmarks.md, "Stocking");
   * the log is append-only, so there is nothing for the ORM to track. The
   * table's enum check still refuses an unknown type.
   */
  @InjectTransactionManager()
  async appendActivities(
    entries: (PurchaseActivityEntry & { created_at: Date })[],
    @MedusaContext() sharedContext: Context = {}
  ) {
    if (!entries.length) {
      return []
    }
    return await transactionKnex(sharedContext)("customer_purchase_activity")
      .insert(
        entries.map((entry) => ({
          id: generateEntityId(undefined, "cpact"),
          purchase_id: entry.purchase_id,
          item_id: entry.item_id ?? null,
          type: entry.type,
          actor_id: entry.actor_id ?? null,
          from_status: entry.from_status ?? null,
          to_status: entry.to_status ?? null,
          note: entry.note ?? null,
          data: entry.data == null ? null : JSON.stringify(entry.data),
          created_at: entry.created_at,
          updated_at: entry.created_at,
        }))
      )
      .returning("*")
  }

  // ---- Compliance: holds (README "Compliance") ----

  /**
   * Marks a hold released under its row lock if it is still active, not a
   * police hold and due at `now`. Returns the hold as it was, or null when
   * there is nothing to release (already released by another process, a
   * police hold, not due): what makes the release job safe to run twice.
   */
  @InjectTransactionManager()
  async claimHoldForRelease(
    id: string,
    now: Date,
    @MedusaContext() sharedContext: Context = {}
  ) {
    await lockRowsForUpdate(sharedContext, "customer_purchase_hold", [id])
    const [hold] = await this.listPurchaseHolds({ id }, { take: 1 }, sharedContext)
    if (!hold || hold.status !== "active" || hold.police_hold || new Date(hold.release_at) > now) {
      return null
    }
    await this.updatePurchaseHolds({ id, status: "released", released_at: now }, sharedContext)
    return hold
  }

  /** Puts a hold back as it was (compensation of a release or police hold change). */
  @InjectTransactionManager()
  async restoreHold(
    snapshot: { id: string } & Record<string, unknown>,
    @MedusaContext() sharedContext: Context = {}
  ) {
    const { id, status, released_at, police_hold, police_reason, police_hold_at } = snapshot
    await this.updatePurchaseHolds(
      { id, status, released_at, police_hold, police_reason, police_hold_at } as any,
      sharedContext
    )
  }

  /**
   * Turns the police hold of an item's active hold on (kept indefinitely,
   * with the reason) or off (back to its release date). Under the hold's row
   * lock, so it cannot interleave with the release job. Returns the hold
   * before and after.
   */
  @InjectTransactionManager()
  async setPoliceHold(
    itemId: string,
    change: { on: boolean; reason?: string | null },
    @MedusaContext() sharedContext: Context = {}
  ) {
    const [found] = await this.listPurchaseHolds({ item_id: itemId }, { take: 1, select: ["id"] }, sharedContext)
    if (found) {
      await lockRowsForUpdate(sharedContext, "customer_purchase_hold", [found.id])
    }
    const [before] = found ? await this.listPurchaseHolds({ id: found.id }, { take: 1 }, sharedContext) : []
    if (!before || before.status !== "active") {
      throw stateConflict(
        "This item is not under a hold (it was never held, or its hold has been released), so there is no hold to change."
      )
    }
    if (before.police_hold === change.on) {
      throw stateConflict(change.on ? "This item is already under a police hold." : "This item is not under a police hold.")
    }
    const after = await this.updatePurchaseHolds(
      {
        id: before.id,
        police_hold: change.on,
        police_reason: change.on ? change.reason ?? null : null,
        police_hold_at: change.on ? new Date() : null,
      },
      sharedContext
    )
    return { before, after }
  }

  // ---- Compliance: retention (README "Compliance") ----

  /**
   * Sets or clears a purchase's legal hold under its row lock. A held
   * purchase is skipped by the retention purge.
   */
  @InjectTransactionManager()
  async setLegalHold(
    id: string,
    change: { on: boolean; reason?: string | null },
    @MedusaContext() sharedContext: Context = {}
  ) {
    await lockRowsForUpdate(sharedContext, "customer_purchase", [id])
    const purchase = await this.retrieveCustomerPurchase(id, { select: ["id", "legal_hold"] }, sharedContext)
    if (purchase.legal_hold === change.on) {
      throw stateConflict(change.on ? "This purchase is already under a legal hold." : "This purchase is not under a legal hold.")
    }
    await this.updateCustomerPurchases(
      { id, legal_hold: change.on, legal_hold_reason: change.on ? change.reason ?? null : null },
      sharedContext
    )
    return purchase
  }

  /**
   * Purges what retention says is due on one purchase, under its row lock
   * (so it cannot interleave with a legal hold being set): the full ID number
   * becomes its masked form, ID-document attachments are soft-deleted and
   * their files removed through `deleteFile` (the File Module). Rechecks
   * eligibility under the lock; returns what it purged.
   */
  @InjectTransactionManager()
  async purgeIdData(
    id: string,
    due: { id_number: boolean; id_images: boolean },
    now: Date,
    deleteFile: (fileId: string) => Promise<void>,
    @MedusaContext() sharedContext: Context = {}
  ) {
    await lockRowsForUpdate(sharedContext, "customer_purchase", [id])
    const purchase = await this.retrieveCustomerPurchase(
      id,
      { select: ["id", "legal_hold", "id_document_number", "id_document_last4", "id_number_purged_at", "id_images_purged_at"] },
      sharedContext
    )
    if (purchase.legal_hold) {
      return { id_number: false, files: [] as string[] }
    }
    const purgeNumber = due.id_number && !purchase.id_number_purged_at && !!purchase.id_document_number
    const attachments =
      due.id_images && !purchase.id_images_purged_at
        ? await this.listPurchaseAttachments({ purchase_id: id, kind: "id_document" }, { select: ["id", "file_id"] }, sharedContext)
        : []
    for (const attachment of attachments) {
      await deleteFile(attachment.file_id)
    }
    if (attachments.length) {
      await this.softDeletePurchaseAttachments(attachments.map((a) => a.id), {}, sharedContext)
    }
    await this.updateCustomerPurchases(
      {
        id,
        ...(purgeNumber && {
          id_document_number: purchase.id_document_last4 ? `•••• ${purchase.id_document_last4}` : null,
          id_number_purged_at: now,
        }),
        ...(due.id_images && !purchase.id_images_purged_at && { id_images_purged_at: now }),
      },
      sharedContext
    )
    return { id_number: purgeNumber, files: attachments.map((a) => a.file_id) }
  }

  protected async assertNoItemsInRemovedStages_(
    before: string[],
    after: string[],
    sharedContext: Context
  ) {
    const removed = before.filter((value) => !after.includes(value))
    if (!removed.length) {
      return
    }
    const [inUse] = await this.listCustomerPurchaseItems(
      { status: removed },
      { take: 1, select: ["id", "status"] },
      sharedContext
    )
    if (inUse) {
      throw stateConflict(
        `Stage "${inUse.status}" cannot be removed while items are in it; move them to another stage first.`
      )
    }
  }

  // ---- Margins: refurbishment costs and what each bought unit earned (README "Margins per bought unit") ----

  /**
   * Keeps each item's refurbishment cost the sum of its cost entries,
   * whichever path set the figure (entered with the item, an edit, the
   * stocking drawer, a compensation putting it back): the difference
   * becomes an entry of kind "other" saying where it came from, so the
   * entries, unit_cost and the margins report (which sums entries) agree.
   * Never changes an entry. Runs in the transaction that wrote the figure,
   * which holds the items' rows; the ORM's pending writes are flushed first,
   * so the figures read are the ones just written.
   */
  protected async logRefurbishmentCostChanges_(itemIds: string[], note: string, sharedContext: Context) {
    if (!itemIds.length) {
      return
    }
    await flushOrmWrites(sharedContext)
    const rows = await refurbishmentCostDifferences(transactionKnex(sharedContext), itemIds)
    if (rows.length) {
      await this.createPurchaseItemCosts(
        rows.map((row) => ({
          purchase_id: row.purchase_id,
          item_id: row.id,
          kind: "other" as const,
          amount: new BigNumber(MathBN.sub(row.figure, row.logged)),
          note,
        })) as any[],
        sharedContext
      )
    }
  }

  /**
   * Adds a refurbishment cost (per unit) to an item under its row lock: the
   * cost entry, the item's refurbishment_cost and, once stocked, unit_cost
   * (price paid plus refurbishment), and an activity entry, in one
   * transaction. Refused once a unit of the item is sold, or the item is
   * scrapped or returned to the seller. `correction` (compensation) skips
   * those checks: it writes the opposite entry of one just made.
   */
  @InjectTransactionManager()
  async addItemCost(
    input: {
      purchase_id: string
      item_id: string
      kind: "parts" | "labour" | "other"
      amount: BigNumberInput
      note?: string | null
      actor_id?: string | null
      correction?: boolean
    },
    @MedusaContext() sharedContext: Context = {}
  ) {
    const [item] = await lockRowsForUpdate<any>(sharedContext, "customer_purchase_item", [input.item_id], [
      "id",
      "purchase_id",
      "title",
      "status",
      "sold_quantity",
      "raw_unit_price",
      "raw_refurbishment_cost",
    ])
    if (!item || item.purchase_id !== input.purchase_id) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Customer purchase item with id: ${input.item_id} was not found`
      )
    }
    if (!input.correction) {
      if (item.status === "scrapped" || item.status === "returned_to_seller") {
        throw stateConflict(
          `Item ${item.title} is ${item.status.replace(/_/g, " ")}: refurbishment costs can no longer be added.`
        )
      }
      if (item.sold_quantity > 0) {
        throw stateConflict(`Item ${item.title} is already sold: refurbishment costs can no longer be added.`)
      }
    }
    const refurbishment = MathBN.add(item.raw_refurbishment_cost?.value ?? 0, input.amount)
    const cost = await this.createPurchaseItemCosts(
      {
        purchase_id: input.purchase_id,
        item_id: input.item_id,
        kind: input.kind,
        amount: new BigNumber(input.amount),
        note: input.note ?? null,
        actor_id: input.actor_id ?? null,
      } as any,
      sharedContext
    )
    const [updated] = await this.updateCustomerPurchaseItems(
      [
        {
          id: item.id,
          refurbishment_cost: new BigNumber(refurbishment),
          ...(item.status === "stocked" && {
            unit_cost: new BigNumber(MathBN.add(item.raw_unit_price?.value ?? 0, refurbishment)),
          }),
        },
      ] as any[],
      sharedContext
    )
    await this.createPurchaseActivities(
      {
        purchase_id: input.purchase_id,
        item_id: input.item_id,
        type: "cost_added",
        actor_id: input.actor_id ?? null,
        note: input.note ?? null,
        data: {
          cost_id: cost.id,
          kind: input.kind,
          amount: new BigNumber(input.amount).toJSON(),
          refurbishment_cost: new BigNumber(refurbishment).toJSON(),
          ...(input.correction && { correction: true }),
        },
      } as any,
      sharedContext
    )
    return { cost, item: updated }
  }

  /**
   * Makes the order's sale entries match the units it keeps now (see
   * planUnitSales): new sale entries for units it took, first in first out
   * across each variant's bought units, and reversal entries for units that
   * left it. Safe to run any number of times, concurrently: a transaction
   * advisory lock serialises runs for one order, the variants' stocked items
   * are row-locked in id order before their unsold units are counted (two
   * orders never take the same unit), and unique indexes refuse a line's
   * n-th sale or a reversal written twice.
   */
  @InjectTransactionManager()
  async syncOrderUnitSales(
    input: { order_id: string; currency_code: string; lines: OrderSaleLine[]; reason?: string | null; label?: string },
    @MedusaContext() sharedContext: Context = {}
  ) {
    const knex = transactionKnex(sharedContext)
    await setLockTimeout(sharedContext)
    await knex.raw("select pg_advisory_xact_lock(hashtext(?))", [`customer_purchase_unit_sale:${input.order_id}`]).catch(busyConflict)

    const entries = await knex("customer_purchase_unit_sale")
      .where("order_id", input.order_id)
      .whereNull("deleted_at")
      .select("id", "kind", "item_id", "variant_id", "order_line_item_id", "line_sequence", "reverses_id", "raw_amount", "raw_unit_cost")
    const reversed = new Set(entries.map((e: any) => e.reverses_id).filter(Boolean))
    const active: (ActiveSale & { variant_id: string })[] = entries
      .filter((e: any) => e.kind === "sale" && !reversed.has(e.id))
      .map((e: any) => ({ ...e, amount: e.raw_amount.value, unit_cost: e.raw_unit_cost.value }))
    const lastSequence = new Map<string, number>()
    for (const e of entries.filter((e: any) => e.kind === "sale")) {
      lastSequence.set(e.order_line_item_id, Math.max(lastSequence.get(e.order_line_item_id) ?? 0, e.line_sequence))
    }
    // A line the order no longer has (an edit removed it) keeps nothing.
    const lines = [...input.lines]
    for (const sale of active) {
      if (!lines.some((l) => l.line_item_id === sale.order_line_item_id)) {
        lines.push({ line_item_id: sale.order_line_item_id, variant_id: sale.variant_id, quantity: 0, kept_units: 0, net_total: 0 })
      }
    }
    const variantIds = [...new Set(lines.map((l) => l.variant_id))]
    if (!variantIds.length) {
      return { sales: [], reversals: [] }
    }
    const activeItemIds = [...new Set(active.map((s) => s.item_id))]
    const items = (await knex("customer_purchase_item")
      .select("id", "purchase_id", "title", "variant_id", "quantity", "sold_quantity", "raw_unit_cost", "stocked_at")
      .whereNull("deleted_at")
      .where("status", "stocked")
      .whereIn("variant_id", variantIds)
      .where((q) => {
        q.whereRaw("sold_quantity < quantity")
        if (activeItemIds.length) q.orWhereIn("id", activeItemIds)
      })
      .orderBy("id")
      .forUpdate()
      .catch(busyConflict)) as any[]
    const plan = planUnitSales(
      lines,
      active,
      items.map((i): SellableItem => ({ ...i, unit_cost: i.raw_unit_cost?.value ?? null })),
      lastSequence
    )
    if (!plan.sales.length && !plan.reversals.length) {
      return { sales: [], reversals: [] }
    }

    const now = new Date()
    const itemById = new Map(items.map((i) => [i.id, i]))
    const written = await this.createPurchaseUnitSales(
      [
        ...plan.sales.map((sale) => ({
          ...sale,
          kind: "sale" as const,
          purchase_id: itemById.get(sale.item_id).purchase_id,
          order_id: input.order_id,
          currency_code: input.currency_code,
          occurred_at: now,
        })),
        ...plan.reversals.map((sale: any) => ({
          kind: "reversal" as const,
          reverses_id: sale.id,
          purchase_id: itemById.get(sale.item_id)?.purchase_id,
          item_id: sale.item_id,
          variant_id: sale.variant_id,
          order_id: input.order_id,
          order_line_item_id: sale.order_line_item_id,
          line_sequence: sale.line_sequence,
          currency_code: input.currency_code,
          amount: new BigNumber(MathBN.mult(sale.amount, -1)),
          unit_cost: new BigNumber(MathBN.mult(sale.unit_cost, -1)),
          occurred_at: now,
          reason: input.reason ?? null,
        })),
      ] as any[],
      sharedContext
    )
    await this.updateCustomerPurchaseItems(
      [...plan.sold_delta]
        .filter(([, delta]) => delta !== 0)
        .map(([id, delta]) => ({ id, sold_quantity: itemById.get(id).sold_quantity + delta })),
      sharedContext
    )
    const label = input.label ?? input.order_id
    await this.createPurchaseActivities(
      written.map((entry: any) => ({
        purchase_id: entry.purchase_id,
        item_id: entry.item_id,
        type: entry.kind === "sale" ? "sold" : "sale_reversed",
        note:
          entry.kind === "sale"
            ? `Sold on order ${label}`
            : `Sale on order ${label} reversed${input.reason ? ` (${input.reason})` : ""}`,
        data: { sale_id: entry.id, order_id: input.order_id, amount: entry.amount, unit_cost: entry.unit_cost },
      })) as any[],
      sharedContext
    )
    return {
      sales: written.filter((e: any) => e.kind === "sale"),
      reversals: written.filter((e: any) => e.kind === "reversal"),
    }
  }

  /**
   * The margins report: totals per currency and the days of the range. Its
   * queries are index reads whose estimated cost (per-purchase currency
   * lookups) crosses PostgreSQL's JIT threshold: compiling them took 4.4 s
   * of a 5 s stock-on-hand query on 200,000 items, so JIT is off for this
   * read-only transaction.
   */
  @InjectTransactionManager()
  async marginsReport(filters: MarginsFilters, @MedusaContext() sharedContext: Context = {}) {
    const knex = transactionKnex(sharedContext)
    await knex.raw("set local jit = off")
    return { totals: await marginsTotals(knex, filters), days: await marginsByDay(knex, filters) }
  }

  /** A page of the sale ledger for the CSV export. */
  @InjectManager()
  async listMarginsLedgerPage(
    filters: MarginsFilters,
    after: { occurred_at: Date; id: string } | null,
    take: number,
    @MedusaContext() sharedContext: Context = {}
  ) {
    return marginsLedgerPage(contextKnex(sharedContext), filters, after, take)
  }

  /** Per item of the purchase: units sold, revenue, cost, margin, days to sell. */
  @InjectManager()
  async listItemMargins(purchaseId: string, @MedusaContext() sharedContext: Context = {}) {
    return itemMargins(contextKnex(sharedContext), purchaseId)
  }
}

export default CustomerPurchaseModuleService
