import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261203171828 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_customer_purchase_id_document_last4" ON "customer_purchase" ("id_document_last4") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_customer_purchase_id_document_last4";`);
  }

}
