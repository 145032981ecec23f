import type { Styles } from "@react-pdf/renderer" with { "resolution-mode": "import" }
import type { createChecker } from "../../check-data"
import type { ReactPdf } from "../../document-contract"
import type { ReceiptTemplate } from "../../types"
import { baseStyles, FONT_BOLD } from "../theme"
import { present } from "./present"

/** The store details of the merchant's template: every document prints them top-left. */
export type StoreDetails = Pick<
  ReceiptTemplate,
  "store_name" | "store_address" | "store_phone" | "store_email" | "store_tax_id"
>

const styles = {
  storeName: { fontFamily: FONT_BOLD, fontSize: 14, marginBottom: 3 },
} satisfies Styles

/** The store's name, then each contact line the template fills in. */
export function StoreBlock({ pdf, store }: { pdf: ReactPdf; store: StoreDetails }) {
  const { Text } = pdf
  return (
    <>
      <Text style={styles.storeName}>{store.store_name}</Text>
      {present(store.store_address) && <Text style={baseStyles.paragraph}>{store.store_address}</Text>}
      {present(store.store_phone) && <Text style={baseStyles.paragraph}>Tel. {store.store_phone}</Text>}
      {present(store.store_email) && <Text style={baseStyles.paragraph}>{store.store_email}</Text>}
      {present(store.store_tax_id) && (
        <Text style={[baseStyles.paragraph, baseStyles.muted]}>Tax ID: {store.store_tax_id}</Text>
      )}
    </>
  )
}

/**
 * Checks the template fields StoreBlock prints, for a document's validate()
 * (see check-data.ts): the same shape whichever document prints them.
 */
export function checkStoreDetails(check: ReturnType<typeof createChecker>, template: StoreDetails): void {
  check(template, "template", "object")
  check(template.store_name, "template.store_name", "string")
  for (const key of ["store_address", "store_phone", "store_email", "store_tax_id"] as const) {
    check(template[key], `template.${key}`, "string?")
  }
}
