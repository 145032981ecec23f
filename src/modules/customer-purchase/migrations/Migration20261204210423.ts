import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261204210423 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "customer_purchase_unit_sale" drop constraint if exists "customer_purchase_unit_sale_reverses_id_unique";`);
    this.addSql(`alter table if exists "customer_purchase_unit_sale" drop constraint if exists "customer_purchase_unit_sale_order_line_item_id_line_sequence_unique";`);
    this.addSql(`create table if not exists "customer_purchase_item_cost" ("id" text not null, "purchase_id" text not null, "item_id" text not null, "kind" text check ("kind" in ('parts', 'labour', 'other')) not null, "amount" numeric not null, "note" text null, "actor_id" text null, "raw_amount" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "customer_purchase_item_cost_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_customer_purchase_item_cost_deleted_at" ON "customer_purchase_item_cost" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_customer_purchase_item_cost_item_id_created_at" ON "customer_purchase_item_cost" ("item_id", "created_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_customer_purchase_item_cost_created_at" ON "customer_purchase_item_cost" ("created_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "customer_purchase_unit_sale" ("id" text not null, "kind" text check ("kind" in ('sale', 'reversal')) not null, "purchase_id" text not null, "item_id" text not null, "variant_id" text not null, "order_id" text not null, "order_line_item_id" text not null, "line_sequence" integer not null, "reverses_id" text null, "currency_code" text not null, "amount" numeric not null, "unit_cost" numeric not null, "occurred_at" timestamptz not null, "reason" text null, "raw_amount" jsonb not null, "raw_unit_cost" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "customer_purchase_unit_sale_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_customer_purchase_unit_sale_deleted_at" ON "customer_purchase_unit_sale" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_customer_purchase_unit_sale_order_line_item_id_line_sequence_unique" ON "customer_purchase_unit_sale" ("order_line_item_id", "line_sequence") WHERE kind = 'sale' AND deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_customer_purchase_unit_sale_reverses_id_unique" ON "customer_purchase_unit_sale" ("reverses_id") WHERE reverses_id IS NOT NULL AND deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_customer_purchase_unit_sale_order_id" ON "customer_purchase_unit_sale" ("order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_customer_purchase_unit_sale_item_id" ON "customer_purchase_unit_sale" ("item_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_customer_purchase_unit_sale_purchase_id" ON "customer_purchase_unit_sale" ("purchase_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_customer_purchase_unit_sale_occurred_at" ON "customer_purchase_unit_sale" ("occurred_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "customer_purchase_activity" drop constraint if exists "customer_purchase_activity_type_check";`);

    this.addSql(`alter table if exists "customer_purchase_item" add column if not exists "sold_quantity" integer not null default 0;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_customer_purchase_item_variant_id_stocked_at" ON "customer_purchase_item" ("variant_id", "stocked_at") WHERE status = 'stocked' AND deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_customer_purchase_item_created_at" ON "customer_purchase_item" ("created_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_customer_purchase_item_stocked_at" ON "customer_purchase_item" ("stocked_at") WHERE status = 'stocked' AND sold_quantity < quantity AND deleted_at IS NULL;`);

    this.addSql(`alter table if exists "customer_purchase_activity" add constraint "customer_purchase_activity_type_check" check("type" in ('created', 'updated', 'note', 'item_added', 'item_updated', 'item_removed', 'status_changed', 'attachment_added', 'id_revealed', 'paid_out', 'stocked', 'cancelled', 'completed', 'hold_placed', 'hold_released', 'police_hold_placed', 'police_hold_lifted', 'serial_block_overridden', 'legal_hold_set', 'legal_hold_cleared', 'id_purged', 'cost_added', 'sold', 'sale_reversed'));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "customer_purchase_item_cost" cascade;`);

    this.addSql(`drop table if exists "customer_purchase_unit_sale" cascade;`);

    this.addSql(`alter table if exists "customer_purchase_activity" drop constraint if exists "customer_purchase_activity_type_check";`);

    this.addSql(`drop index if exists "IDX_customer_purchase_item_variant_id_stocked_at";`);
    this.addSql(`drop index if exists "IDX_customer_purchase_item_created_at";`);
    this.addSql(`drop index if exists "IDX_customer_purchase_item_stocked_at";`);
    this.addSql(`alter table if exists "customer_purchase_item" drop column if exists "sold_quantity";`);

    this.addSql(`alter table if exists "customer_purchase_activity" add constraint "customer_purchase_activity_type_check" check("type" in ('created', 'updated', 'note', 'item_added', 'item_updated', 'item_removed', 'status_changed', 'attachment_added', 'id_revealed', 'paid_out', 'stocked', 'cancelled', 'completed', 'hold_placed', 'hold_released', 'police_hold_placed', 'police_hold_lifted', 'serial_block_overridden', 'legal_hold_set', 'legal_hold_cleared', 'id_purged'));`);
  }

}
