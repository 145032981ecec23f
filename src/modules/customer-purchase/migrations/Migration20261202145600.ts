import { Migration } from "@medusajs/framework/mikro-orm/migrations"

const TRIGRAM_INDEXES = [
  ["IDX_customer_purchase_seller_first_name_trgm", "customer_purchase", "seller_first_name"],
  ["IDX_customer_purchase_seller_last_name_trgm", "customer_purchase", "seller_last_name"],
  ["IDX_customer_purchase_item_serial_number_trgm", "customer_purchase_item", "serial_number"],
] as const

/**
 * Written by hand: what DML cannot express.
 * - The admin list's `q` searches substrings of the seller's names and of
 *   the items' serial numbers (`ILIKE '%…%'`), which a B-tree cannot answer:
 *   at 100,000 purchases PostgreSQL scanned both tables whole for every
 *   search (see docs/benchmarks.md). Trigram GIN indexes (pg_trgm, a
 *   "trusted" extension: the database owner may create it) answer it.
 */
export class Migration20261202145600 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create extension if not exists pg_trgm;`)
    for (const [name, table, column] of TRIGRAM_INDEXES) {
      this.addSql(
        `create index if not exists "${name}" on "${table}" using gin ("${column}" gin_trgm_ops) where deleted_at is null;`
      )
    }
  }

  override async down(): Promise<void> {
    for (const [name] of TRIGRAM_INDEXES) {
      this.addSql(`drop index if exists "${name}";`)
    }
    // The extension stays: other code of the app may use it.
  }
}
