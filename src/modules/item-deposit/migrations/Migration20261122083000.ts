import { Migration } from "@medusajs/framework/mikro-orm/migrations"
import { appendOnlyTriggerSql } from "../../../utils/db"

const appendOnly = appendOnlyTriggerSql("item_deposit_transaction")

/**
 * Written by hand: what DML cannot express.
 * - Deposit numbers start at D-1001.
 * - Ledger amounts are positive (the entry's type gives the direction).
 * - The ledger is append-only at the database level: any UPDATE or DELETE
 *   of an entry fails, whichever code path tries it. Corrections are new
 *   entries (release, reversal).
 */
export class Migration20261122083000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter sequence if exists "item_deposit_display_id_seq" restart with 1001;`)
    this.addSql(
      `alter table "item_deposit_transaction" add constraint "item_deposit_transaction_amount_positive" check ("amount" > 0);`
    )
    this.addSql(
      `alter table "item_deposit" add constraint "item_deposit_amounts_positive" check ("amount_per_unit" > 0 and "units" > 0);`
    )
    appendOnly.up.forEach((sql) => this.addSql(sql))
  }

  override async down(): Promise<void> {
    appendOnly.down.forEach((sql) => this.addSql(sql))
    this.addSql(`alter table "item_deposit_transaction" drop constraint if exists "item_deposit_transaction_amount_positive";`)
    this.addSql(`alter table "item_deposit" drop constraint if exists "item_deposit_amounts_positive";`)
  }
}
