import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261202141948 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "customer_purchase_setting" add column if not exists "deposit_return_rule" text check ("deposit_return_rule" in ('deposit', 'store_credit')) not null default 'deposit';`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "customer_purchase_setting" drop column if exists "deposit_return_rule";`);
  }

}
