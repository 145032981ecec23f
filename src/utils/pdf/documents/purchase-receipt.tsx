import type { Styles } from "@react-pdf/renderer" with { "resolution-mode": "import" }
import { createChecker } from "../check-data"
import type { PdfDocumentComponent } from "../document-contract"
import { formatDate, formatMoney, humanize } from "../format"
import type { PurchaseReceiptData, PurchaseReceiptItem } from "../types"
import { DocumentFrame } from "./shared/document-frame"
import { Field } from "./shared/field"
import { Masthead, recordMeta } from "./shared/masthead"
import { present } from "./shared/present"
import type { Section } from "./shared/section"
import { checkStoreDetails } from "./shared/store-block"
import { summaryStyles } from "./shared/styles"
import { Table, type Column } from "./shared/table"
import { TwoColumnBox } from "./shared/two-column-box"
import { breakToWidth } from "./text-width"
import { baseStyles, COLOR, FONT_ITALIC, leading } from "./theme"

/**
 * The purchase receipt: what the shop bought from a member of the public,
 * from whom (with the ID they showed), what it paid and how, the seller's
 * declaration and the signatures. Printed and handed to the seller, and kept
 * by the merchant.
 *
 * Page flow (A4): store and receipt title/number on top, the seller and their
 * ID, the items table (its header row repeats on every page the table runs
 * onto; a row is never split across pages), the total, the payout methods,
 * notes, terms, then the declaration kept together with the signature lines,
 * and the template's footer. A small running header (continuation pages) and
 * a page footer with "Page n of m" are repeated on every page.
 */

const DEFAULT_HEADER = "Purchase receipt"

/**
 * The declaration is kept on the same page as the signatures (the seller
 * signs what is printed right above); a text longer than this could not fit
 * on one page with them, so then it is allowed to break across pages.
 */
const KEEP_DECLARATION_WITH_SIGNATURES_MAX_CHARS = 1500

/**
 * Serial numbers and IMEIs have no spaces, so react-pdf cannot wrap them and
 * would let them run into the next column; hyphenating them would insert a
 * "-" that is not part of the serial. They are broken to the column's width
 * here, with hard line breaks and no character added.
 * Column width: 24% of the A4 content width (515 pt) less the row's
 * (shared/table.tsx) and the cell's padding, rounded down.
 */
const SERIAL_FONT_SIZE = 8
const SERIAL_MAX_WIDTH = 112

const serialLines = (serial: string) => breakToWidth(serial, SERIAL_FONT_SIZE, SERIAL_MAX_WIDTH).join("\n")

const styles = {
  ...baseStyles,
  ...summaryStyles,
  serial: leading(SERIAL_FONT_SIZE, 1.3),
  itemText: leading(9, 1.3),
  totals: { marginTop: 8, marginLeft: "auto", width: "45%" },
  payoutRow: { flexDirection: "row", borderBottomWidth: 0.5, borderBottomColor: COLOR.rule, paddingVertical: 3 },
  notPaid: { fontFamily: FONT_ITALIC, color: COLOR.muted },
  declarationBox: { borderWidth: 0.75, borderColor: COLOR.rule, backgroundColor: COLOR.fill, padding: 8 },
  terms: { ...leading(7.5, 1.4), color: COLOR.muted },
  signatures: { flexDirection: "row", flexWrap: "wrap", marginTop: 8 },
  signature: { width: "47%", marginRight: "3%", marginTop: 28 },
  signatureRule: { borderBottomWidth: 0.75, borderBottomColor: COLOR.strongRule, height: 22 },
  signatureLabel: { flexDirection: "row", justifyContent: "space-between", marginTop: 3, fontSize: 8 },
} satisfies Styles

type ReceiptSection = Section<PurchaseReceiptData>

const parties: ReceiptSection = (pdf, { seller }) => {
  const { Text } = pdf
  const hasId =
    present(seller.id_document_type) || present(seller.id_number_masked) || present(seller.id_document_expires_at)
  const left = (
    <>
      <Text style={styles.sectionTitle}>Seller</Text>
      <Text style={styles.bold}>{seller.name}</Text>
      {present(seller.address) && <Text>{seller.address}</Text>}
      <Field pdf={pdf} label="Phone" value={seller.phone} />
      <Field pdf={pdf} label="Email" value={seller.email} />
    </>
  )
  const right = (
    <>
      <Text style={styles.sectionTitle}>Identification shown</Text>
      {hasId ? (
        <>
          {/* "driving_licence" -> "Driving licence"; free text is kept as typed. */}
          <Field
            pdf={pdf}
            label="Document"
            value={present(seller.id_document_type) ? humanize(seller.id_document_type) : null}
          />
          <Field pdf={pdf} label="Number" value={seller.id_number_masked} />
          <Field
            pdf={pdf}
            label="Expires"
            value={present(seller.id_document_expires_at) ? formatDate(seller.id_document_expires_at) : null}
          />
        </>
      ) : (
        <Text style={styles.notPaid}>No identification recorded.</Text>
      )}
    </>
  )
  return <TwoColumnBox pdf={pdf} left={left} right={right} />
}

const itemsTable: ReceiptSection = (pdf, { items, purchase }) => {
  const money = (amount: string) => formatMoney(amount, purchase.currency_code)
  const columns: Column<PurchaseReceiptItem>[] = [
    { header: "#", style: { width: "4%" }, cell: (_, index) => String(index + 1) },
    {
      header: "Item",
      style: { width: "29%", paddingRight: 6 },
      cellStyle: styles.itemText,
      cell: (item) => item.title,
    },
    {
      header: "Serial / IMEI",
      style: { width: "24%", paddingRight: 6 },
      cellStyle: styles.serial,
      cell: (item) => (present(item.serial_number) ? serialLines(item.serial_number) : "–"),
    },
    {
      header: "Condition",
      style: { width: "11%", paddingRight: 4 },
      cell: (item) => (present(item.condition) ? humanize(item.condition) : "–"),
    },
    { header: "Qty", style: { width: "5%", textAlign: "right" }, cell: (item) => String(item.quantity) },
    { header: "Unit price", style: { width: "13.5%", textAlign: "right" }, cell: (item) => money(item.unit_price) },
    { header: "Total", style: { width: "13.5%", textAlign: "right" }, cell: (item) => money(item.total) },
  ]
  return <Table pdf={pdf} columns={columns} rows={items} emptyText="No items." />
}

const totals: ReceiptSection = ({ View, Text }, { items, total, purchase }) => {
  // Counting units is integer arithmetic on quantities, not on money.
  const units = items.reduce((sum, item) => sum + (Number(item.quantity) || 0), 0)
  return (
    <View style={styles.totals} wrap={false}>
      <View style={styles.amountLine}>
        <Text style={styles.muted}>Items</Text>
        <Text>
          {items.length} {items.length === 1 ? "line" : "lines"}, {units} {units === 1 ? "unit" : "units"}
        </Text>
      </View>
      <View style={styles.totalLine}>
        <Text>Total</Text>
        <Text>{formatMoney(total, purchase.currency_code)}</Text>
      </View>
    </View>
  )
}

const payoutSection: ReceiptSection = ({ View, Text }, { payouts, purchase }) => (
  <View style={styles.section} wrap={false}>
    <Text style={styles.sectionTitle}>Payment to seller</Text>
    {payouts.length === 0 ? (
      <Text style={styles.notPaid}>Not paid out yet.</Text>
    ) : (
      payouts.map((payout, index) => (
        <View key={index} style={styles.payoutRow}>
          <Text style={{ width: "50%" }}>{payout.method_name}</Text>
          <Text style={{ width: "25%", color: COLOR.muted }}>
            {/* The type only when it says more than the name ("Cash", cash). */}
            {humanize(payout.method_type).toLowerCase() === payout.method_name.trim().toLowerCase()
              ? ""
              : humanize(payout.method_type)}
          </Text>
          <Text style={{ width: "25%", textAlign: "right" }}>{formatMoney(payout.amount, purchase.currency_code)}</Text>
        </View>
      ))
    )}
  </View>
)

const notesSection: ReceiptSection = ({ View, Text }, { purchase }) =>
  present(purchase.notes) ? (
    <View style={styles.section}>
      <Text style={styles.sectionTitle}>Notes</Text>
      <Text style={styles.paragraph}>{purchase.notes}</Text>
    </View>
  ) : null

const termsSection: ReceiptSection = ({ View, Text }, { template }) =>
  present(template.terms) ? (
    <View style={styles.section}>
      <Text style={styles.sectionTitle}>Terms and conditions</Text>
      <Text style={styles.terms}>{template.terms}</Text>
    </View>
  ) : null

const declarationAndSignatures: ReceiptSection = ({ View, Text }, { template }) => {
  const declaration = present(template.seller_declaration) ? template.seller_declaration : null
  const lines = (template.signature_lines ?? []).filter(present)
  if (!declaration && lines.length === 0) {
    return null
  }
  const keepTogether = !declaration || declaration.length <= KEEP_DECLARATION_WITH_SIGNATURES_MAX_CHARS
  return (
    <View style={styles.section} wrap={!keepTogether}>
      {declaration && (
        <View style={styles.declarationBox}>
          <Text style={styles.sectionTitle}>Seller's declaration</Text>
          <Text style={styles.paragraph}>{declaration}</Text>
        </View>
      )}
      {lines.length > 0 && (
        <View style={styles.signatures} wrap={false}>
          {lines.map((label, index) => (
            <View key={index} style={styles.signature}>
              <View style={styles.signatureRule} />
              <View style={styles.signatureLabel}>
                <Text style={styles.bold}>{label}</Text>
                <Text style={styles.muted}>Date: ____________</Text>
              </View>
            </View>
          ))}
        </View>
      )}
    </View>
  )
}

/** Checked in the worker before rendering (see check-data.ts). */
export function validate(data: unknown): asserts data is PurchaseReceiptData {
  const check = createChecker()
  check(data, "(data)", "object")
  const { template, purchase, seller, items, payouts, total } = data as PurchaseReceiptData
  checkStoreDetails(check, template)
  // Typed as required, but a template saved without it prints no signature
  // lines rather than failing the receipt.
  check(template.signature_lines, "template.signature_lines", "array?")
  for (const key of ["header", "seller_declaration", "terms", "footer"] as const) {
    check(template[key], `template.${key}`, "string?")
  }
  check(purchase, "purchase", "object")
  for (const key of ["number", "created_at", "status", "currency_code"] as const) {
    check(purchase[key], `purchase.${key}`, "string")
  }
  check(purchase.notes, "purchase.notes", "string?")
  check(seller, "seller", "object")
  check(seller.name, "seller.name", "string")
  for (const key of ["email", "phone", "address", "id_document_type", "id_number_masked", "id_document_expires_at"] as const) {
    check(seller[key], `seller.${key}`, "string?")
  }
  check(items, "items", "array")
  items.forEach((item, i) => {
    check(item, `items[${i}]`, "object")
    check(item.title, `items[${i}].title`, "string")
    check(item.serial_number, `items[${i}].serial_number`, "string?")
    check(item.condition, `items[${i}].condition`, "string?")
    check(item.quantity, `items[${i}].quantity`, "number")
    check(item.unit_price, `items[${i}].unit_price`, "string")
    check(item.total, `items[${i}].total`, "string")
  })
  check(total, "total", "string")
  check(payouts, "payouts", "array")
  payouts.forEach((payout, i) => {
    check(payout, `payouts[${i}]`, "object")
    check(payout.method_name, `payouts[${i}].method_name`, "string")
    check(payout.method_type, `payouts[${i}].method_type`, "string")
    check(payout.amount, `payouts[${i}].amount`, "string")
  })
}

const PurchaseReceipt: PdfDocumentComponent<PurchaseReceiptData> = ({ data, pdf }) => {
  const { template, purchase, seller } = data
  const title = present(template.header) ? template.header : DEFAULT_HEADER
  return (
    <DocumentFrame pdf={pdf} template={template} title={title} number={purchase.number} recipient={seller.name}>
      <Masthead pdf={pdf} store={template} title={title} meta={recordMeta(purchase)} />
      {parties(pdf, data)}
      {itemsTable(pdf, data)}
      {totals(pdf, data)}
      {payoutSection(pdf, data)}
      {notesSection(pdf, data)}
      {termsSection(pdf, data)}
      {declarationAndSignatures(pdf, data)}
    </DocumentFrame>
  )
}

export default PurchaseReceipt
