import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * Written by hand: what DML cannot express.
 * - Purchase numbers start at P-1001, so a receipt never reads "P-1".
 * - The activity log is append-only at the database level: any UPDATE or
 *   DELETE of a row fails, whichever code path tries it.
 */
export class Migration20261122081300 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter sequence if exists "customer_purchase_display_id_seq" restart with 1001;`
    )
    this.addSql(`
      create or replace function customer_purchase_activity_append_only()
      returns trigger language plpgsql as $$
      begin
        raise exception 'customer_purchase_activity is append-only: add a new entry instead of changing one';
      end;
      $$;`)
    this.addSql(
      `drop trigger if exists "customer_purchase_activity_append_only" on "customer_purchase_activity";`
    )
    this.addSql(`
      create trigger "customer_purchase_activity_append_only"
      before update or delete on "customer_purchase_activity"
      for each row execute function customer_purchase_activity_append_only();`)
  }

  override async down(): Promise<void> {
    this.addSql(
      `drop trigger if exists "customer_purchase_activity_append_only" on "customer_purchase_activity";`
    )
    this.addSql(`drop function if exists customer_purchase_activity_append_only();`)
  }
}
