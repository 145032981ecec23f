import type { Knex } from "@medusajs/framework/mikro-orm/knex"

/** The report's filters: a date range and the items' stage, condition and variants. */
export type MarginsFilters = {
  from?: Date | null
  to?: Date | null
  /** Item statuses (refurbishment stages or final statuses). */
  status?: string[]
  condition?: string[]
  /** The variants of the products filtered on (resolved by the caller). */
  variant_ids?: string[]
  currency_code?: string
}

/** Money as PostgreSQL sums it (numeric, exact), as decimal strings. */
export type MarginsTotals = {
  currency_code: string
  bought: string
  refurbishment: string
  sold: string
  cost_of_sold: string
  margin: string
  units_sold: number
  stock_units: number
  stock_value: string
  /** Average age of the units on hand, in days (weighted by units), and the oldest. */
  stock_average_age_days: number | null
  stock_oldest_age_days: number | null
}

export type MarginsDay = { date: string; currency_code: string; sold: string; margin: string }

/**
 * Per-purchase rows `x` with their purchase's currency, looked up by
 * primary key in a scalar subquery (PostgreSQL never turns one into a hash
 * join over every purchase); null when the purchase is deleted, not in
 * `statuses`, or not in the filtered currency.
 */
function withPurchaseCurrency(
  knex: Knex,
  perPurchase: Knex.QueryBuilder,
  columns: string[],
  filters: MarginsFilters,
  statuses?: string[]
) {
  const lookup = knex("customer_purchase as p")
    .select("p.currency_code")
    .whereRaw("p.id = x.purchase_id")
    .whereNull("p.deleted_at")
  if (statuses) lookup.whereIn("p.status", statuses)
  if (filters.currency_code) lookup.where("p.currency_code", filters.currency_code)
  return knex.from(perPurchase.as("x")).select(lookup.as("currency_code"), ...columns.map((c) => `x.${c}`))
}

/** The item filters on items `i` alone. */
function whereItemsOnly(query: Knex.QueryBuilder, filters: MarginsFilters) {
  query.whereNull("i.deleted_at")
  if (filters.status?.length) query.whereIn("i.status", filters.status)
  if (filters.condition?.length) query.whereIn("i.condition", filters.condition)
  if (filters.variant_ids) query.whereIn("i.variant_id", filters.variant_ids)
  return query
}

/** Restricts a query on items `i` joined to purchases `p` by the item filters. */
function whereItems(query: Knex.QueryBuilder, filters: MarginsFilters) {
  query.whereNull("i.deleted_at").whereNull("p.deleted_at")
  if (filters.status?.length) query.whereIn("i.status", filters.status)
  if (filters.condition?.length) query.whereIn("i.condition", filters.condition)
  if (filters.variant_ids) query.whereIn("i.variant_id", filters.variant_ids)
  if (filters.currency_code) query.where("p.currency_code", filters.currency_code)
  return query
}

/**
 * The sale ledger `s` under the filters. An entry carries its currency and
 * variant, so only the stage and condition filters need the item: without
 * them the range is read from the occurred_at index alone, not joined to
 * every item and purchase.
 */
function salesOf(knex: Knex, filters: MarginsFilters) {
  const query = knex("customer_purchase_unit_sale as s").whereNull("s.deleted_at")
  if (filters.variant_ids) query.whereIn("s.variant_id", filters.variant_ids)
  if (filters.currency_code) query.where("s.currency_code", filters.currency_code)
  if (filters.status?.length || filters.condition?.length) {
    query.join("customer_purchase_item as i", "i.id", "s.item_id").whereNull("i.deleted_at")
    if (filters.status?.length) query.whereIn("i.status", filters.status)
    if (filters.condition?.length) query.whereIn("i.condition", filters.condition)
  }
  return query
}

function inRange(query: Knex.QueryBuilder, column: string, filters: MarginsFilters) {
  if (filters.from) query.where(column, ">=", filters.from)
  if (filters.to) query.where(column, "<=", filters.to)
  return query
}

const itemsOf = (knex: Knex, table: string, alias: string, filters: MarginsFilters) =>
  whereItems(
    knex(`${table} as ${alias}`)
      .join("customer_purchase_item as i", "i.id", `${alias}.item_id`)
      .join("customer_purchase as p", "p.id", "i.purchase_id"),
    filters
  )

/**
 * The margins report's totals per currency (money of different currencies
 * never adds up): bought (price paid for the items bought in the range, of
 * paid purchases), refurbishment costs entered in the range (of paid
 * purchases too), net revenue and
 * the cost of the units sold in the range (sales less reversals, so a
 * return lands in the range it happened in), and the stock on hand now at
 * cost with its age. Every sum is PostgreSQL numeric, read as text: exact.
 * Each part reads by a date index (items.created_at, cost.created_at,
 * sale.occurred_at) or the partial index of the units on hand.
 */
export async function marginsTotals(knex: Knex, filters: MarginsFilters): Promise<MarginsTotals[]> {
  // Per purchase first (from the items' created_at index), then each
  // purchase's currency and status by primary key.
  const boughtPerPurchase = inRange(
    whereItemsOnly(knex("customer_purchase_item as i"), filters)
      .groupBy("i.purchase_id")
      .select("i.purchase_id", knex.raw("sum(i.unit_price * i.quantity) as bought")),
    "i.created_at",
    filters
  )
  const bought = await knex
    .from(withPurchaseCurrency(knex, boughtPerPurchase, ["bought"], filters, ["paid", "completed"]).as("y"))
    .whereNotNull("y.currency_code")
    .groupBy("y.currency_code")
    .select("y.currency_code", knex.raw("sum(y.bought)::text as bought"))
  const refurbishment = await inRange(
    // Like what was bought: only purchases that went through (a draft's or a
    // cancelled purchase's costs are not the shop's yet, or no longer).
    itemsOf(knex, "customer_purchase_item_cost", "c", filters)
      .whereNull("c.deleted_at")
      .whereIn("p.status", ["paid", "completed"])
      .select("p.currency_code", knex.raw("sum(c.amount)::text as refurbishment"))
      .groupBy("p.currency_code"),
    "c.created_at",
    filters
  )
  const sold = await inRange(
    salesOf(knex, filters)
      .select(
        "s.currency_code",
        knex.raw("sum(s.amount)::text as sold"),
        knex.raw("sum(s.unit_cost)::text as cost_of_sold"),
        knex.raw("(sum(s.amount) - sum(s.unit_cost))::text as margin"),
        knex.raw("sum(case when s.kind = 'sale' then 1 else -1 end)::int as units_sold")
      )
      .groupBy("s.currency_code"),
    "s.occurred_at",
    filters
  )
  // Units on hand per purchase from the partial index of stocked items with
  // a unit unsold; each purchase's currency then by its primary key (a
  // scalar subquery, which PostgreSQL never turns into a hash join over
  // every purchase).
  const onHand = whereItemsOnly(knex("customer_purchase_item as i"), filters)
    .where("i.status", "stocked")
    .whereRaw("i.sold_quantity < i.quantity")
    .groupBy("i.purchase_id")
    .select(
      "i.purchase_id",
      knex.raw("sum(i.quantity - i.sold_quantity) as units"),
      knex.raw("sum((i.quantity - i.sold_quantity) * i.unit_cost) as value"),
      knex.raw("sum((i.quantity - i.sold_quantity) * extract(epoch from now() - i.stocked_at)) as age_seconds"),
      knex.raw("max(extract(epoch from now() - i.stocked_at)) as oldest_seconds")
    )
  const withCurrency = withPurchaseCurrency(
    knex,
    onHand,
    ["units", "value", "age_seconds", "oldest_seconds"],
    filters
  )
  const stock = await knex
    .from(withCurrency.as("y"))
    .whereNotNull("y.currency_code")
    .groupBy("y.currency_code")
    .select(
      "y.currency_code",
      knex.raw("sum(y.units)::int as stock_units"),
      knex.raw("coalesce(sum(y.value), 0)::text as stock_value"),
      knex.raw("round(sum(y.age_seconds) / sum(y.units) / 86400, 1)::float as stock_average_age_days"),
      knex.raw("floor(max(y.oldest_seconds) / 86400)::int as stock_oldest_age_days")
    )

  const byCurrency = new Map<string, MarginsTotals>()
  const entry = (currency: string) => {
    if (!byCurrency.has(currency)) {
      byCurrency.set(currency, {
        currency_code: currency,
        bought: "0",
        refurbishment: "0",
        sold: "0",
        cost_of_sold: "0",
        margin: "0",
        units_sold: 0,
        stock_units: 0,
        stock_value: "0",
        stock_average_age_days: null,
        stock_oldest_age_days: null,
      })
    }
    return byCurrency.get(currency)!
  }
  for (const rows of [bought, refurbishment, sold, stock] as any[][]) {
    for (const { currency_code, ...values } of rows) {
      Object.assign(entry(currency_code), values)
    }
  }
  return [...byCurrency.values()].sort((a, b) => a.currency_code.localeCompare(b.currency_code))
}

/** Net revenue and margin per day of the range (the report's chart). */
export async function marginsByDay(knex: Knex, filters: MarginsFilters): Promise<MarginsDay[]> {
  const rows = await inRange(
    salesOf(knex, filters)
      .select(
        knex.raw("to_char(date_trunc('day', s.occurred_at at time zone 'UTC'), 'YYYY-MM-DD') as date"),
        "s.currency_code",
        knex.raw("sum(s.amount)::text as sold"),
        knex.raw("(sum(s.amount) - sum(s.unit_cost))::text as margin")
      )
      .groupByRaw("1, 2")
      .orderByRaw("1, 2"),
    "s.occurred_at",
    filters
  )
  return rows as MarginsDay[]
}

/** One sale-ledger entry as the CSV export lists it. */
export type MarginsLedgerRow = {
  id: string
  occurred_at: Date
  kind: "sale" | "reversal"
  order_id: string
  reason: string | null
  purchase_display_id: number
  item_id: string
  title: string
  serial_number: string | null
  condition: string | null
  status: string
  currency_code: string
  amount: string
  unit_cost: string
  margin: string
}

/** A page of the sale ledger in the range, after `after` (keyset on occurred_at, id). */
export async function marginsLedgerPage(
  knex: Knex,
  filters: MarginsFilters,
  after: { occurred_at: Date; id: string } | null,
  take: number
): Promise<MarginsLedgerRow[]> {
  const query = inRange(
    itemsOf(knex, "customer_purchase_unit_sale", "s", filters).whereNull("s.deleted_at"),
    "s.occurred_at",
    filters
  )
  if (after) {
    query.whereRaw("(s.occurred_at, s.id) > (?, ?)", [after.occurred_at, after.id])
  }
  return (await query
    .select(
      "s.id",
      "s.occurred_at",
      "s.kind",
      "s.order_id",
      "s.reason",
      "p.display_id as purchase_display_id",
      "i.id as item_id",
      "i.title",
      "i.serial_number",
      "i.condition",
      "i.status",
      "p.currency_code",
      knex.raw("s.amount::text as amount"),
      knex.raw("s.unit_cost::text as unit_cost"),
      knex.raw("(s.amount - s.unit_cost)::text as margin")
    )
    .orderBy([{ column: "s.occurred_at" }, { column: "s.id" }])
    .limit(take)) as MarginsLedgerRow[]
}

/** Per item of a purchase: what its sold units earned and how long they took to sell. */
export type ItemMargin = {
  item_id: string
  units_sold: number
  sold: string
  cost_of_sold: string
  margin: string
  /** Days from the purchase being paid (else the item entered) to the sale, averaged over units still sold. */
  days_to_sell: number | null
  last_sold_at: Date | null
}

export async function itemMargins(knex: Knex, purchaseId: string): Promise<ItemMargin[]> {
  const rows = await knex("customer_purchase_unit_sale as s")
    .join("customer_purchase_item as i", "i.id", "s.item_id")
    .join("customer_purchase as p", "p.id", "i.purchase_id")
    .where("s.purchase_id", purchaseId)
    .whereNull("s.deleted_at")
    .select(
      "s.item_id",
      knex.raw("sum(case when s.kind = 'sale' then 1 else -1 end)::int as units_sold"),
      knex.raw("sum(s.amount)::text as sold"),
      knex.raw("sum(s.unit_cost)::text as cost_of_sold"),
      knex.raw("(sum(s.amount) - sum(s.unit_cost))::text as margin"),
      // Only sales not reversed count towards how long a unit took to sell.
      knex.raw(
        `round(avg(extract(epoch from s.occurred_at - coalesce(p.paid_at, i.created_at))) filter (
           where s.kind = 'sale' and not exists (select 1 from customer_purchase_unit_sale r where r.reverses_id = s.id and r.deleted_at is null)
         ) / 86400, 1)::float as days_to_sell`
      ),
      knex.raw(
        `max(s.occurred_at) filter (
           where s.kind = 'sale' and not exists (select 1 from customer_purchase_unit_sale r where r.reverses_id = s.id and r.deleted_at is null)
         ) as last_sold_at`
      )
    )
    .groupBy("s.item_id")
  return rows as ItemMargin[]
}
