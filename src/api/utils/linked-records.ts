import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/**
 * A record linked through a column of the listed entity (a read-only module
 * link on `foreign_key`), e.g. a purchase's customer through customer_id.
 */
export type LinkedRecord = { relation: string; entity: string; foreign_key: string }

/**
 * The list routes read such records themselves, by id and all at once,
 * alongside their other reads, instead of letting query.graph follow the
 * link after the page (one more round trip after another). Splits `fields`
 * into the listed entity's own (plus the foreign keys it takes) and each
 * linked record's (without the `relation.` prefix).
 */
export function splitLinkedFields(fields: string[], links: LinkedRecord[]) {
  const own = new Set<string>()
  const linked = new Map<LinkedRecord, string[]>()
  for (const field of fields) {
    const link = links.find((l) => field === l.relation || field.startsWith(`${l.relation}.`))
    if (!link) {
      own.add(field)
      continue
    }
    const list = linked.get(link) ?? []
    list.push(field === link.relation ? "*" : field.slice(link.relation.length + 1))
    linked.set(link, list)
    own.add(link.foreign_key)
  }
  return { own: [...own], linked }
}

/** Reads the linked records of `rows`, one query.graph per link, in parallel. */
export async function readLinkedRecords(scope: MedusaContainer, rows: any[], linked: Map<LinkedRecord, string[]>) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const read = await Promise.all(
    [...linked].map(async ([link, fields]) => {
      const ids = [...new Set(rows.map((row) => row[link.foreign_key]).filter(Boolean))]
      const { data } = ids.length
        ? await query.graph({ entity: link.entity, fields: [...new Set(["id", ...fields])], filters: { id: ids } })
        : { data: [] }
      return [link, new Map(data.map((record: any) => [record.id, record]))] as const
    })
  )
  /** The row with its linked records attached (null when there is none). */
  return (row: any) => {
    const out = { ...row }
    for (const [link, byId] of read) {
      out[link.relation] = byId.get(row[link.foreign_key]) ?? null
    }
    return out
  }
}
