import type { Context } from "@medusajs/framework/types"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { MedusaError } from "@medusajs/framework/utils"

/**
 * The knex of the module call's transaction. Row locks only mean something
 * inside one, so asking for it outside a transaction fails loudly instead of
 * quietly locking nothing.
 */
export function transactionKnex(sharedContext: Context): Knex {
  const transaction = (sharedContext.transactionManager as any)?.getTransactionContext?.()
  if (!transaction) {
    throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, "Row locks need a transaction")
  }
  return transaction
}

/**
 * Sends the ORM's pending writes of this transaction to the database. The
 * ORM keeps creates and updates until the transaction ends, so a raw read
 * (or an ORM find) in the same transaction would not see them yet.
 */
export async function flushOrmWrites(sharedContext: Context) {
  await (sharedContext.transactionManager as any)?.flush?.()
}

/** The knex of the call: its transaction if it has one, else the pool. */
export function contextKnex(sharedContext: Context): Knex {
  const manager = (sharedContext.transactionManager ?? sharedContext.manager) as any
  return manager.getTransactionContext?.() ?? manager.getKnex()
}

/**
 * Locks rows (SELECT … FOR UPDATE) for the rest of the transaction: what
 * makes check-then-write safe across server processes. Ids are sorted so two
 * transactions locking the same rows cannot deadlock.
 */
export async function lockRowsForUpdate<T = { id: string }>(
  sharedContext: Context,
  table: string,
  ids: string[],
  columns: string[] = ["id"]
): Promise<T[]> {
  await setLockTimeout(sharedContext)
  return (await transactionKnex(sharedContext)(table)
    .select(columns)
    .whereIn("id", [...new Set(ids)].sort())
    .whereNull("deleted_at")
    .orderBy("id")
    .forUpdate()
    .catch(busyConflict)) as unknown as T[]
}

/** How long a row lock may be waited for before the request gives up. */
export const LOCK_TIMEOUT = "5s"

/**
 * Bounds the waits for row locks in this transaction: a request stuck behind
 * a long transaction answers "try again" instead of holding a connection
 * (and the cart's lock) until something else times out.
 */
export async function setLockTimeout(sharedContext: Context) {
  await transactionKnex(sharedContext).raw(`set local lock_timeout = '${LOCK_TIMEOUT}'`)
}

/** PostgreSQL's lock_not_available (lock_timeout reached) as a retryable conflict. */
export function busyConflict(error: any): never {
  if (error?.code === "55P03") {
    throw new MedusaError(
      MedusaError.Types.CONFLICT,
      "Another request is changing the same records right now: try again in a moment."
    )
  }
  throw error
}

/**
 * SQL that makes a table append-only: any UPDATE or DELETE of a row fails,
 * whichever code path tries it. For hand-written migrations.
 */
export function appendOnlyTriggerSql(table: string) {
  const fn = `${table}_append_only`
  return {
    up: [
      `create or replace function ${fn}() returns trigger language plpgsql as $$
       begin
         raise exception '${table} is append-only: add a new entry instead of changing one';
       end;
       $$;`,
      `drop trigger if exists "${fn}" on "${table}";`,
      `create trigger "${fn}" before update or delete on "${table}" for each row execute function ${fn}();`,
    ],
    down: [`drop trigger if exists "${fn}" on "${table}";`, `drop function if exists ${fn}();`],
  }
}
