/**
 * Captures the SQL the app runs while a request is served, and EXPLAINs it.
 * Every module of a Medusa app shares the one knex connection registered as
 * `__pg_connection__`, so its "query" event sees every statement the list
 * routes produce (with their bindings), which we replay under EXPLAIN.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

export type CapturedQuery = { sql: string; bindings: unknown[] }

export function sqlCapture(container: MedusaContainer) {
  const knex: any = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  let current: CapturedQuery[] | null = null
  knex.on("query", (q: any) => {
    if (current && typeof q.sql === "string" && /^\s*select/i.test(q.sql)) {
      current.push({ sql: q.sql, bindings: q.bindings ?? [] })
    }
  })

  return {
    /** The SELECTs run while `fn` runs (filtered to those touching `tables`). */
    async during(fn: () => Promise<unknown>, tables: string[]) {
      current = []
      try {
        await fn()
      } finally {
        // The handler may still be writing its response's last queries.
        await new Promise((r) => setTimeout(r, 20))
      }
      const captured = current
      current = null
      return captured.filter((q) => tables.some((t) => q.sql.includes(`"${t}"`)))
    },

    /** EXPLAIN (ANALYZE) text of one captured query. */
    async explain(q: CapturedQuery, analyze = true) {
      let text = q.sql
      if (!/\$1\b/.test(text) && q.bindings.length) {
        let n = 0
        text = text.replace(/\?/g, () => `$${++n}`)
      }
      const conn = await knex.client.acquireConnection()
      try {
        const result = await conn.query(
          `EXPLAIN (${analyze ? "ANALYZE, " : ""}COSTS OFF, TIMING OFF, SUMMARY OFF, BUFFERS OFF) ${text}`,
          q.bindings
        )
        return result.rows.map((r: any) => r["QUERY PLAN"]).join("\n")
      } finally {
        await knex.client.releaseConnection(conn)
      }
    },
  }
}

/** "Seq Scan on <table>" lines of a plan, for the tables that matter. */
export function seqScans(plan: string, tables: string[]) {
  return [...plan.matchAll(/Seq Scan on (\w+)/g)]
    .map((m) => m[1])
    .filter((t) => tables.includes(t))
}
