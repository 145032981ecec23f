import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261122082934 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "item_deposit" drop constraint if exists "item_deposit_claim_code_unique";`);
    this.addSql(`create table if not exists "item_deposit" ("id" text not null, "display_id" serial, "customer_id" text not null, "variant_id" text not null, "currency_code" text not null, "amount_per_unit" numeric not null, "units" integer not null, "status" text check ("status" in ('active', 'consumed', 'converted', 'refunded', 'cancelled')) not null default 'active', "payment_method" text not null, "payment_reference" text null, "special_order" boolean not null default false, "special_order_note" text null, "expected_at" timestamptz null, "notes" text null, "claim_code" text not null, "claimed_at" timestamptz null, "created_by" text null, "metadata" jsonb null, "raw_amount_per_unit" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "item_deposit_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_item_deposit_deleted_at" ON "item_deposit" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_item_deposit_customer_id_status" ON "item_deposit" ("customer_id", "status") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_item_deposit_variant_id_status" ON "item_deposit" ("variant_id", "status") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_item_deposit_special_order_status" ON "item_deposit" ("special_order", "status") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_item_deposit_claim_code_unique" ON "item_deposit" ("claim_code") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_item_deposit_created_at" ON "item_deposit" ("created_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "item_deposit_transaction" ("id" text not null, "type" text check ("type" in ('payment', 'application', 'release', 'conversion', 'refund', 'cancellation', 'reversal')) not null, "amount" numeric not null, "cart_id" text null, "order_id" text null, "reference" text null, "note" text null, "actor_id" text null, "deposit_id" text not null, "raw_amount" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "item_deposit_transaction_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_item_deposit_transaction_deposit_id" ON "item_deposit_transaction" ("deposit_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_item_deposit_transaction_deleted_at" ON "item_deposit_transaction" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_item_deposit_transaction_deposit_id_created_at" ON "item_deposit_transaction" ("deposit_id", "created_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_item_deposit_transaction_cart_id" ON "item_deposit_transaction" ("cart_id") WHERE cart_id IS NOT NULL AND deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_item_deposit_transaction_type_created_at" ON "item_deposit_transaction" ("type", "created_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "item_deposit_transaction" add constraint "item_deposit_transaction_deposit_id_foreign" foreign key ("deposit_id") references "item_deposit" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "item_deposit_transaction" drop constraint if exists "item_deposit_transaction_deposit_id_foreign";`);

    this.addSql(`drop table if exists "item_deposit" cascade;`);

    this.addSql(`drop table if exists "item_deposit_transaction" cascade;`);
  }

}
