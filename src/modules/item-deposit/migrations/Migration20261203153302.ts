import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261203153302 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "item_deposit_transaction" drop constraint if exists "item_deposit_transaction_deposit_id_idempotency_key_unique";`);
    this.addSql(`alter table if exists "item_deposit" drop constraint if exists "item_deposit_source_order_id_variant_id_unique";`);
    this.addSql(`alter table if exists "item_deposit_reservation" drop constraint if exists "item_deposit_reservation_deposit_id_inventory_item_id_unique";`);
    this.addSql(`create table if not exists "item_deposit_reservation" ("id" text not null, "reservation_id" text not null, "inventory_item_id" text not null, "location_id" text not null, "quantity" integer not null, "status" text check ("status" in ('held', 'released')) not null default 'held', "released_at" timestamptz null, "reason" text null, "deposit_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "item_deposit_reservation_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_item_deposit_reservation_deposit_id" ON "item_deposit_reservation" ("deposit_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_item_deposit_reservation_deleted_at" ON "item_deposit_reservation" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_item_deposit_reservation_deposit_id_inventory_item_id_unique" ON "item_deposit_reservation" ("deposit_id", "inventory_item_id") WHERE status = 'held' AND deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_item_deposit_reservation_reservation_id" ON "item_deposit_reservation" ("reservation_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "item_deposit_setting" ("id" text not null, "default_expiry_days" integer null, "reminder_days_before" integer not null default 7, "expiry_rule" text check ("expiry_rule" in ('keep', 'store_credit', 'refund_due')) not null default 'keep', "hold_stock" boolean not null default false, "online_enabled" boolean not null default false, "online_product_ids" jsonb null, "online_min_percent" integer not null default 10, "online_max_percent" integer not null default 100, "online_payable_with_credit" boolean not null default false, "metadata" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "item_deposit_setting_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_item_deposit_setting_deleted_at" ON "item_deposit_setting" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "item_deposit_reservation" add constraint "item_deposit_reservation_deposit_id_foreign" foreign key ("deposit_id") references "item_deposit" ("id") on update cascade;`);

    this.addSql(`alter table if exists "item_deposit" drop constraint if exists "item_deposit_status_check";`);

    this.addSql(`alter table if exists "item_deposit" add column if not exists "expires_at" timestamptz null, add column if not exists "expiry_reminded_at" timestamptz null, add column if not exists "expired_at" timestamptz null, add column if not exists "expiry_outcome" text check ("expiry_outcome" in ('kept', 'converted', 'refund_due')) null, add column if not exists "source" text check ("source" in ('admin', 'online')) not null default 'admin', add column if not exists "source_order_id" text null;`);
    this.addSql(`alter table if exists "item_deposit" add constraint "item_deposit_status_check" check("status" in ('active', 'consumed', 'converted', 'refunded', 'cancelled', 'refund_due'));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_item_deposit_expires_at" ON "item_deposit" ("expires_at") WHERE status = 'active' AND expires_at IS NOT NULL AND deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_item_deposit_source_order_id_variant_id_unique" ON "item_deposit" ("source_order_id", "variant_id") WHERE source_order_id IS NOT NULL AND deleted_at IS NULL;`);

    this.addSql(`alter table if exists "item_deposit_transaction" add column if not exists "idempotency_key" text null;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_item_deposit_transaction_deposit_id_idempotency_key_unique" ON "item_deposit_transaction" ("deposit_id", "idempotency_key") WHERE idempotency_key IS NOT NULL AND deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "item_deposit_reservation" cascade;`);

    this.addSql(`drop table if exists "item_deposit_setting" cascade;`);

    this.addSql(`alter table if exists "item_deposit" drop constraint if exists "item_deposit_status_check";`);

    this.addSql(`drop index if exists "IDX_item_deposit_expires_at";`);
    this.addSql(`drop index if exists "IDX_item_deposit_source_order_id_variant_id_unique";`);
    this.addSql(`alter table if exists "item_deposit" drop column if exists "expires_at", drop column if exists "expiry_reminded_at", drop column if exists "expired_at", drop column if exists "expiry_outcome", drop column if exists "source", drop column if exists "source_order_id";`);

    this.addSql(`alter table if exists "item_deposit" add constraint "item_deposit_status_check" check("status" in ('active', 'consumed', 'converted', 'refunded', 'cancelled'));`);

    this.addSql(`drop index if exists "IDX_item_deposit_transaction_deposit_id_idempotency_key_unique";`);
    this.addSql(`alter table if exists "item_deposit_transaction" drop column if exists "idempotency_key";`);
  }

}
