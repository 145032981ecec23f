import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261203153858 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "customer_purchase_item" add column if not exists "rank" integer not null default 0;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "customer_purchase_item" drop column if exists "rank";`);
  }

}
