import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261203153001 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "customer_purchase_setting" add column if not exists "default_sales_channel_ids" jsonb null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "customer_purchase_setting" drop column if exists "default_sales_channel_ids";`);
  }

}
