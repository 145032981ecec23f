import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261202134549 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "item_deposit_application" drop constraint if exists "item_deposit_application_deposit_id_cart_id_unique";`);
    this.addSql(`create table if not exists "item_deposit_application" ("id" text not null, "cart_id" text not null, "order_id" text null, "status" text check ("status" in ('held', 'consumed', 'released')) not null default 'held', "amount" numeric not null, "returned_amount" numeric not null default 0, "deposit_id" text not null, "raw_amount" jsonb not null, "raw_returned_amount" jsonb not null default '{"value":"0","precision":20}', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "item_deposit_application_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_item_deposit_application_deposit_id" ON "item_deposit_application" ("deposit_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_item_deposit_application_deleted_at" ON "item_deposit_application" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_item_deposit_application_deposit_id_cart_id_unique" ON "item_deposit_application" ("deposit_id", "cart_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_item_deposit_application_cart_id" ON "item_deposit_application" ("cart_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_item_deposit_application_order_id" ON "item_deposit_application" ("order_id") WHERE order_id IS NOT NULL AND deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_item_deposit_application_updated_at" ON "item_deposit_application" ("updated_at") WHERE status = 'held' AND deleted_at IS NULL;`);

    this.addSql(`alter table if exists "item_deposit_application" add constraint "item_deposit_application_deposit_id_foreign" foreign key ("deposit_id") references "item_deposit" ("id") on update cascade;`);

    this.addSql(`alter table if exists "item_deposit_transaction" drop constraint if exists "item_deposit_transaction_type_check";`);

    this.addSql(`alter table if exists "item_deposit_transaction" add constraint "item_deposit_transaction_type_check" check("type" in ('payment', 'application', 'release', 'return', 'conversion', 'refund', 'cancellation', 'reversal'));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "item_deposit_application" cascade;`);

    this.addSql(`alter table if exists "item_deposit_transaction" drop constraint if exists "item_deposit_transaction_type_check";`);

    this.addSql(`alter table if exists "item_deposit_transaction" add constraint "item_deposit_transaction_type_check" check("type" in ('payment', 'application', 'release', 'conversion', 'refund', 'cancellation', 'reversal'));`);
  }

}
