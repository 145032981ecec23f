import { Migration } from "@medusajs/framework/mikro-orm/migrations"
import { appendOnlyTriggerSql } from "../../../utils/db"

const ledgers = ["customer_purchase_item_cost", "customer_purchase_unit_sale"].map(appendOnlyTriggerSql)

/**
 * Written by hand: the refurbishment cost entries and the unit sale ledger
 * are append-only at the database level (a correction or a return is a new
 * entry), whichever code path tries to change or delete a row.
 */
export class Migration20261204210500 extends Migration {
  override async up(): Promise<void> {
    ledgers.forEach((sql) => sql.up.forEach((statement) => this.addSql(statement)))
  }

  override async down(): Promise<void> {
    ledgers.forEach((sql) => sql.down.forEach((statement) => this.addSql(statement)))
  }
}
