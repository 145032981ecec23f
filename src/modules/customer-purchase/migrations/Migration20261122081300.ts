import { Migration } from "@medusajs/framework/mikro-orm/migrations"
import { appendOnlyTriggerSql } from "../../../utils/db"

const appendOnly = appendOnlyTriggerSql("customer_purchase_activity")

/**
 * Written by hand: what DML cannot express.
 * - Purchase numbers start at P-1001, so a receipt never reads "P-1".
 * - The activity log is append-only at the database level: any UPDATE or
 *   DELETE of a row fails, whichever code path tries it.
 */
export class Migration20261122081300 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter sequence if exists "customer_purchase_display_id_seq" restart with 1001;`
    )
    appendOnly.up.forEach((sql) => this.addSql(sql))
  }

  override async down(): Promise<void> {
    appendOnly.down.forEach((sql) => this.addSql(sql))
  }
}
