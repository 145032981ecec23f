import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261206221948 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "customer_purchase_item" drop constraint if exists "customer_purchase_item_purchase_id_foreign";`);

    this.addSql(`alter table if exists "customer_purchase_item" add constraint "customer_purchase_item_purchase_id_foreign" foreign key ("purchase_id") references "customer_purchase" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "customer_purchase_item" drop constraint if exists "customer_purchase_item_purchase_id_foreign";`);

    this.addSql(`alter table if exists "customer_purchase_item" add constraint "customer_purchase_item_purchase_id_foreign" foreign key ("purchase_id") references "customer_purchase" ("id") on update cascade;`);
  }

}
