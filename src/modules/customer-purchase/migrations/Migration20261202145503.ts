import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261202145503 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_customer_purchase_display_id" ON "customer_purchase" ("display_id") WHERE deleted_at IS NULL;`);

    this.addSql(`drop index if exists "IDX_customer_purchase_item_status";`);

    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_customer_purchase_item_status_purchase_id" ON "customer_purchase_item" ("status", "purchase_id") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_customer_purchase_display_id";`);

    this.addSql(`drop index if exists "IDX_customer_purchase_item_status_purchase_id";`);

    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_customer_purchase_item_status" ON "customer_purchase_item" ("status") WHERE deleted_at IS NULL;`);
  }

}
