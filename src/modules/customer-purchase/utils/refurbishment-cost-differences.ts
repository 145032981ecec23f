import type { Knex } from "@medusajs/framework/mikro-orm/knex"

export type RefurbishmentCostDifference = { id: string; purchase_id: string; figure: string; logged: string }

/**
 * The live items among `itemIds` whose refurbishment cost is not the sum of
 * their cost entries, with both figures as exact numeric text.
 */
export async function refurbishmentCostDifferences(
  knex: Knex,
  itemIds: string[]
): Promise<RefurbishmentCostDifference[]> {
  const { rows } = await knex.raw(
    `select i.id, i.purchase_id, i.refurbishment_cost::text as figure, coalesce(sum(c.amount), 0)::text as logged
       from customer_purchase_item i
       left join customer_purchase_item_cost c on c.item_id = i.id and c.deleted_at is null
      where i.id = any(?) and i.deleted_at is null
      group by i.id
     having i.refurbishment_cost <> coalesce(sum(c.amount), 0)`,
    [[...new Set(itemIds)]]
  )
  return rows
}
