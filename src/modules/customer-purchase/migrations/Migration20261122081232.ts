import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261122081232 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "customer_purchase_payout" drop constraint if exists "customer_purchase_payout_purchase_id_unique";`);
    this.addSql(`create table if not exists "customer_purchase" ("id" text not null, "display_id" serial, "status" text check ("status" in ('draft', 'paid', 'completed', 'cancelled')) not null default 'draft', "customer_id" text not null, "currency_code" text not null, "seller_first_name" text not null, "seller_last_name" text not null, "seller_email" text null, "seller_phone" text null, "seller_address" jsonb null, "id_document_type" text check ("id_document_type" in ('passport', 'driving_licence', 'national_id', 'residence_permit', 'other')) null, "id_document_number" text null, "id_document_last4" text null, "id_document_expires_at" timestamptz null, "notes" text null, "paid_at" timestamptz null, "completed_at" timestamptz null, "cancelled_at" timestamptz null, "metadata" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "customer_purchase_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_customer_purchase_deleted_at" ON "customer_purchase" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_customer_purchase_customer_id" ON "customer_purchase" ("customer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_customer_purchase_status" ON "customer_purchase" ("status") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_customer_purchase_created_at" ON "customer_purchase" ("created_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "customer_purchase_item" ("id" text not null, "title" text not null, "variant_id" text null, "serial_number" text null, "condition" text check ("condition" in ('new', 'like_new', 'good', 'fair', 'poor', 'faulty')) null, "quantity" integer not null default 1, "unit_price" numeric not null, "notes" text null, "status" text not null, "refurbishment_cost" numeric not null default 0, "stocked_location_id" text null, "stocked_inventory_item_id" text null, "unit_cost" numeric null, "stocked_at" timestamptz null, "metadata" jsonb null, "purchase_id" text not null, "raw_unit_price" jsonb not null, "raw_refurbishment_cost" jsonb not null default '{"value":"0","precision":20}', "raw_unit_cost" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "customer_purchase_item_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_customer_purchase_item_purchase_id" ON "customer_purchase_item" ("purchase_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_customer_purchase_item_deleted_at" ON "customer_purchase_item" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_customer_purchase_item_status" ON "customer_purchase_item" ("status") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_customer_purchase_item_serial_number" ON "customer_purchase_item" ("serial_number") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_customer_purchase_item_variant_id" ON "customer_purchase_item" ("variant_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "customer_purchase_activity" ("id" text not null, "item_id" text null, "type" text check ("type" in ('created', 'updated', 'note', 'item_added', 'item_updated', 'item_removed', 'status_changed', 'attachment_added', 'id_revealed', 'paid_out', 'stocked', 'cancelled', 'completed')) not null, "actor_id" text null, "from_status" text null, "to_status" text null, "note" text null, "data" jsonb null, "purchase_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "customer_purchase_activity_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_customer_purchase_activity_purchase_id" ON "customer_purchase_activity" ("purchase_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_customer_purchase_activity_deleted_at" ON "customer_purchase_activity" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_customer_purchase_activity_purchase_id_created_at" ON "customer_purchase_activity" ("purchase_id", "created_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_customer_purchase_activity_item_id" ON "customer_purchase_activity" ("item_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "customer_purchase_attachment" ("id" text not null, "file_id" text not null, "filename" text not null, "mime_type" text not null, "size" integer not null, "kind" text check ("kind" in ('id_document', 'goods_photo', 'other')) not null default 'other', "uploaded_by" text null, "purchase_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "customer_purchase_attachment_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_customer_purchase_attachment_purchase_id" ON "customer_purchase_attachment" ("purchase_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_customer_purchase_attachment_deleted_at" ON "customer_purchase_attachment" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "customer_purchase_payout" ("id" text not null, "currency_code" text not null, "total" numeric not null, "paid_by" text null, "purchase_id" text not null, "raw_total" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "customer_purchase_payout_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_customer_purchase_payout_purchase_id_unique" ON "customer_purchase_payout" ("purchase_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_customer_purchase_payout_deleted_at" ON "customer_purchase_payout" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "customer_purchase_payout_line" ("id" text not null, "method_id" text not null, "method_name" text not null, "method_type" text check ("method_type" in ('cash', 'card', 'bank_transfer', 'cheque', 'store_credit', 'other')) not null, "amount" numeric not null, "reference" text null, "store_credit_account_id" text null, "payout_id" text not null, "raw_amount" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "customer_purchase_payout_line_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_customer_purchase_payout_line_payout_id" ON "customer_purchase_payout_line" ("payout_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_customer_purchase_payout_line_deleted_at" ON "customer_purchase_payout_line" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "customer_purchase_setting" ("id" text not null, "enabled" boolean not null default false, "stages" jsonb not null, "payout_methods" jsonb not null, "default_location_id" text null, "receipt_template" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "customer_purchase_setting_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_customer_purchase_setting_deleted_at" ON "customer_purchase_setting" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "customer_purchase_item" add constraint "customer_purchase_item_purchase_id_foreign" foreign key ("purchase_id") references "customer_purchase" ("id") on update cascade;`);

    this.addSql(`alter table if exists "customer_purchase_activity" add constraint "customer_purchase_activity_purchase_id_foreign" foreign key ("purchase_id") references "customer_purchase" ("id") on update cascade;`);

    this.addSql(`alter table if exists "customer_purchase_attachment" add constraint "customer_purchase_attachment_purchase_id_foreign" foreign key ("purchase_id") references "customer_purchase" ("id") on update cascade;`);

    this.addSql(`alter table if exists "customer_purchase_payout" add constraint "customer_purchase_payout_purchase_id_foreign" foreign key ("purchase_id") references "customer_purchase" ("id") on update cascade;`);

    this.addSql(`alter table if exists "customer_purchase_payout_line" add constraint "customer_purchase_payout_line_payout_id_foreign" foreign key ("payout_id") references "customer_purchase_payout" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "customer_purchase_item" drop constraint if exists "customer_purchase_item_purchase_id_foreign";`);

    this.addSql(`alter table if exists "customer_purchase_activity" drop constraint if exists "customer_purchase_activity_purchase_id_foreign";`);

    this.addSql(`alter table if exists "customer_purchase_attachment" drop constraint if exists "customer_purchase_attachment_purchase_id_foreign";`);

    this.addSql(`alter table if exists "customer_purchase_payout" drop constraint if exists "customer_purchase_payout_purchase_id_foreign";`);

    this.addSql(`alter table if exists "customer_purchase_payout_line" drop constraint if exists "customer_purchase_payout_line_payout_id_foreign";`);

    this.addSql(`drop table if exists "customer_purchase" cascade;`);

    this.addSql(`drop table if exists "customer_purchase_item" cascade;`);

    this.addSql(`drop table if exists "customer_purchase_activity" cascade;`);

    this.addSql(`drop table if exists "customer_purchase_attachment" cascade;`);

    this.addSql(`drop table if exists "customer_purchase_payout" cascade;`);

    this.addSql(`drop table if exists "customer_purchase_payout_line" cascade;`);

    this.addSql(`drop table if exists "customer_purchase_setting" cascade;`);
  }

}
