import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261203153025 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "customer_purchase_hold" drop constraint if exists "customer_purchase_hold_item_id_unique";`);
    this.addSql(`alter table if exists "customer_purchase_blocked_serial" drop constraint if exists "customer_purchase_blocked_serial_serial_key_unique";`);
    this.addSql(`create table if not exists "customer_purchase_blocked_serial" ("id" text not null, "serial_number" text not null, "serial_key" text not null, "reason" text not null, "reference" text null, "actor_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "customer_purchase_blocked_serial_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_customer_purchase_blocked_serial_deleted_at" ON "customer_purchase_blocked_serial" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_customer_purchase_blocked_serial_serial_key_unique" ON "customer_purchase_blocked_serial" ("serial_key") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "customer_purchase_hold" ("id" text not null, "purchase_id" text not null, "item_id" text not null, "inventory_item_id" text not null, "location_id" text not null, "quantity" integer not null, "reservation_id" text null, "rule" jsonb null, "days" integer not null, "release_at" timestamptz not null, "status" text check ("status" in ('active', 'released')) not null default 'active', "released_at" timestamptz null, "police_hold" boolean not null default false, "police_reason" text null, "police_hold_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "customer_purchase_hold_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_customer_purchase_hold_deleted_at" ON "customer_purchase_hold" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_customer_purchase_hold_item_id_unique" ON "customer_purchase_hold" ("item_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_customer_purchase_hold_purchase_id" ON "customer_purchase_hold" ("purchase_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_customer_purchase_hold_status_release_at" ON "customer_purchase_hold" ("status", "release_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "customer_purchase_activity" drop constraint if exists "customer_purchase_activity_type_check";`);

    this.addSql(`alter table if exists "customer_purchase" add column if not exists "seller_date_of_birth" timestamptz null, add column if not exists "legal_hold" boolean not null default false, add column if not exists "legal_hold_reason" text null, add column if not exists "id_number_purged_at" timestamptz null, add column if not exists "id_images_purged_at" timestamptz null;`);

    this.addSql(`alter table if exists "customer_purchase_activity" add constraint "customer_purchase_activity_type_check" check("type" in ('created', 'updated', 'note', 'item_added', 'item_updated', 'item_removed', 'status_changed', 'attachment_added', 'id_revealed', 'paid_out', 'stocked', 'cancelled', 'completed', 'hold_placed', 'hold_released', 'police_hold_placed', 'police_hold_lifted', 'serial_block_overridden', 'legal_hold_set', 'legal_hold_cleared', 'id_purged'));`);

    this.addSql(`alter table if exists "customer_purchase_setting" add column if not exists "hold_rules" jsonb null, add column if not exists "default_hold_days" integer not null default 0, add column if not exists "no_cash" boolean not null default false, add column if not exists "require_seller_date_of_birth" boolean not null default false, add column if not exists "id_image_retention_days" integer null, add column if not exists "id_number_retention_days" integer null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "customer_purchase_blocked_serial" cascade;`);

    this.addSql(`drop table if exists "customer_purchase_hold" cascade;`);

    this.addSql(`alter table if exists "customer_purchase_activity" drop constraint if exists "customer_purchase_activity_type_check";`);

    this.addSql(`alter table if exists "customer_purchase" drop column if exists "seller_date_of_birth", drop column if exists "legal_hold", drop column if exists "legal_hold_reason", drop column if exists "id_number_purged_at", drop column if exists "id_images_purged_at";`);

    this.addSql(`alter table if exists "customer_purchase_activity" add constraint "customer_purchase_activity_type_check" check("type" in ('created', 'updated', 'note', 'item_added', 'item_updated', 'item_removed', 'status_changed', 'attachment_added', 'id_revealed', 'paid_out', 'stocked', 'cancelled', 'completed'));`);

    this.addSql(`alter table if exists "customer_purchase_setting" drop column if exists "hold_rules", drop column if exists "default_hold_days", drop column if exists "no_cash", drop column if exists "require_seller_date_of_birth", drop column if exists "id_image_retention_days", drop column if exists "id_number_retention_days";`);
  }

}
