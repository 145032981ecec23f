import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261202144645 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_item_deposit_status" ON "item_deposit" ("status") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_item_deposit_status";`);
  }

}
