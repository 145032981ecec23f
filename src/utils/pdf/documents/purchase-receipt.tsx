import { createChecker } from "../check-data"
import type { PdfDocumentComponent, ReactPdf } from "../document-contract"
import { formatDate, formatDateTime, formatMoney, humanize } from "../format"
import type { PurchaseReceiptData } from "../types"
import { breakToWidth } from "./text-width"
import { baseStyles, COLOR, FONT_BOLD, FONT_ITALIC, leading } from "./theme"

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

const COLUMN = {
  index: { width: "4%" },
  item: { width: "29%", paddingRight: 6 },
  serial: { width: "24%", paddingRight: 6 },
  condition: { width: "11%", paddingRight: 4 },
  quantity: { width: "5%", textAlign: "right" as const },
  unitPrice: { width: "13.5%", textAlign: "right" as const },
  total: { width: "13.5%", textAlign: "right" as const },
}

/**
 * Serial numbers and IMEIs have no spaces, so react-pdf cannot wrap them and
 * would let them run into the next column; hyphenating them would insert a
 * "-" that is not part of the serial. They are broken to the column's width
 * here, with hard line breaks and no character added.
 * Column width: 24% of the A4 content width (515 pt) less the row's and the
 * cell's padding, rounded down.
 */
const SERIAL_FONT_SIZE = 8
const SERIAL_MAX_WIDTH = 112

const serialLines = (serial: string) => breakToWidth(serial, SERIAL_FONT_SIZE, SERIAL_MAX_WIDTH).join("\n")

const styles = {
  ...baseStyles,
  masthead: { flexDirection: "row" as const, justifyContent: "space-between" as const },
  store: { width: "55%" },
  storeName: { fontFamily: FONT_BOLD, fontSize: 14, marginBottom: 3 },
  titleBlock: { width: "42%", alignItems: "flex-end" as const },
  title: { fontFamily: FONT_BOLD, fontSize: 16, color: COLOR.accent, textAlign: "right" as const, marginBottom: 6 },
  metaRow: { flexDirection: "row" as const, justifyContent: "flex-end" as const },
  metaLabel: { color: COLOR.muted, width: 50, textAlign: "right" as const, marginRight: 6 },
  metaValue: { minWidth: 90, textAlign: "right" as const },
  parties: { flexDirection: "row" as const, marginTop: 14, borderWidth: 0.75, borderColor: COLOR.rule },
  party: { width: "50%", padding: 8 },
  partyDivider: { borderLeftWidth: 0.75, borderLeftColor: COLOR.rule },
  fieldRow: { flexDirection: "row" as const },
  fieldLabel: { width: 70, color: COLOR.muted },
  fieldValue: { flex: 1 },
  table: { marginTop: 14 },
  headerRow: {
    flexDirection: "row" as const,
    backgroundColor: COLOR.fill,
    borderBottomWidth: 1,
    borderBottomColor: COLOR.strongRule,
    paddingVertical: 4,
    paddingHorizontal: 4,
    fontFamily: FONT_BOLD,
    fontSize: 8,
  },
  row: {
    flexDirection: "row" as const,
    borderBottomWidth: 0.5,
    borderBottomColor: COLOR.rule,
    paddingVertical: 4,
    paddingHorizontal: 4,
  },
  serial: leading(SERIAL_FONT_SIZE, 1.3),
  emptyRow: { padding: 6, color: COLOR.muted, fontFamily: FONT_ITALIC },
  totals: { marginTop: 8, marginLeft: "auto", width: "45%" },
  totalRow: { flexDirection: "row" as const, justifyContent: "space-between" as const, paddingVertical: 2 },
  grandTotal: {
    flexDirection: "row" as const,
    justifyContent: "space-between" as const,
    borderTopWidth: 1,
    borderTopColor: COLOR.strongRule,
    marginTop: 2,
    paddingTop: 4,
    fontFamily: FONT_BOLD,
    fontSize: 11,
  },
  payoutRow: {
    flexDirection: "row" as const,
    borderBottomWidth: 0.5,
    borderBottomColor: COLOR.rule,
    paddingVertical: 3,
  },
  notPaid: { fontFamily: FONT_ITALIC, color: COLOR.muted },
  declarationBox: { borderWidth: 0.75, borderColor: COLOR.rule, backgroundColor: COLOR.fill, padding: 8 },
  terms: { ...leading(7.5, 1.4), color: COLOR.muted },
  itemText: leading(9, 1.3),
  signatures: { flexDirection: "row" as const, flexWrap: "wrap" as const, marginTop: 8 },
  signature: { width: "47%", marginRight: "3%", marginTop: 28 },
  signatureRule: { borderBottomWidth: 0.75, borderBottomColor: COLOR.strongRule, height: 22 },
  signatureLabel: { flexDirection: "row" as const, justifyContent: "space-between" as const, marginTop: 3, fontSize: 8 },
  footerText: { marginTop: 18, textAlign: "center" as const, color: COLOR.muted, fontSize: 8 },
}

type Section = (pdf: ReactPdf, data: PurchaseReceiptData) => JSX.Element | null

const present = (value: string | null | undefined): value is string =>
  typeof value === "string" && value.trim() !== ""

const masthead: Section = ({ View, Text }, { template, purchase }) => {
  const header = present(template.header) ? template.header : DEFAULT_HEADER
  const meta: [string, string][] = [
    ["No.", purchase.number],
    ["Date", formatDateTime(purchase.created_at)],
    ["Status", humanize(purchase.status)],
  ]
  return (
    <View style={styles.masthead}>
      <View style={styles.store}>
        <Text style={styles.storeName}>{template.store_name}</Text>
        {present(template.store_address) && <Text style={styles.paragraph}>{template.store_address}</Text>}
        {present(template.store_phone) && <Text style={styles.paragraph}>Tel. {template.store_phone}</Text>}
        {present(template.store_email) && <Text style={styles.paragraph}>{template.store_email}</Text>}
        {present(template.store_tax_id) && (
          <Text style={[styles.paragraph, styles.muted]}>Tax ID: {template.store_tax_id}</Text>
        )}
      </View>
      <View style={styles.titleBlock}>
        <Text style={styles.title}>{header}</Text>
        {meta.map(([label, value]) => (
          <View key={label} style={styles.metaRow}>
            <Text style={styles.metaLabel}>{label}</Text>
            <Text style={label === "No." ? [styles.metaValue, styles.bold] : styles.metaValue}>{value}</Text>
          </View>
        ))}
      </View>
    </View>
  )
}

const parties: Section = ({ View, Text }, { seller }) => {
  const field = (label: string, value: string | null | undefined) =>
    present(value) && (
      <View style={styles.fieldRow}>
        <Text style={styles.fieldLabel}>{label}</Text>
        <Text style={styles.fieldValue}>{value}</Text>
      </View>
    )
  const hasId =
    present(seller.id_document_type) || present(seller.id_number_masked) || present(seller.id_document_expires_at)
  return (
    <View style={styles.parties} wrap={false}>
      <View style={styles.party}>
        <Text style={styles.sectionTitle}>Seller</Text>
        <Text style={styles.bold}>{seller.name}</Text>
        {present(seller.address) && <Text>{seller.address}</Text>}
        {field("Phone", seller.phone)}
        {field("Email", seller.email)}
      </View>
      <View style={[styles.party, styles.partyDivider]}>
        <Text style={styles.sectionTitle}>Identification shown</Text>
        {hasId ? (
          <>
            {/* "driving_licence" -> "Driving licence"; free text is kept as typed. */}
            {field("Document", present(seller.id_document_type) ? humanize(seller.id_document_type) : null)}
            {field("Number", seller.id_number_masked)}
            {field(
              "Expires",
              present(seller.id_document_expires_at) ? formatDate(seller.id_document_expires_at) : null
            )}
          </>
        ) : (
          <Text style={styles.notPaid}>No identification recorded.</Text>
        )}
      </View>
    </View>
  )
}

const itemsTable: Section = ({ View, Text }, { items, purchase }) => {
  const money = (amount: string) => formatMoney(amount, purchase.currency_code)
  return (
    <View style={styles.table}>
      {/* `fixed` inside the table: repeated at the top of every page the
          table continues on, and only those. */}
      <View style={styles.headerRow} fixed>
        <Text style={COLUMN.index}>#</Text>
        <Text style={COLUMN.item}>Item</Text>
        <Text style={COLUMN.serial}>Serial / IMEI</Text>
        <Text style={COLUMN.condition}>Condition</Text>
        <Text style={COLUMN.quantity}>Qty</Text>
        <Text style={COLUMN.unitPrice}>Unit price</Text>
        <Text style={COLUMN.total}>Total</Text>
      </View>
      {items.length === 0 && <Text style={styles.emptyRow}>No items.</Text>}
      {items.map((item, index) => (
        // A row is never split between two pages.
        <View key={index} style={styles.row} wrap={false}>
          <Text style={COLUMN.index}>{index + 1}</Text>
          <Text style={[COLUMN.item, styles.itemText]}>{item.title}</Text>
          <Text style={[COLUMN.serial, styles.serial]}>
            {present(item.serial_number) ? serialLines(item.serial_number) : "–"}
          </Text>
          <Text style={COLUMN.condition}>{present(item.condition) ? humanize(item.condition) : "–"}</Text>
          <Text style={COLUMN.quantity}>{String(item.quantity)}</Text>
          <Text style={COLUMN.unitPrice}>{money(item.unit_price)}</Text>
          <Text style={COLUMN.total}>{money(item.total)}</Text>
        </View>
      ))}
    </View>
  )
}

const totals: Section = ({ View, Text }, { items, total, purchase }) => {
  // Counting units is integer arithmetic on quantities, not on money.
  const units = items.reduce((sum, item) => sum + (Number(item.quantity) || 0), 0)
  return (
    <View style={styles.totals} wrap={false}>
      <View style={styles.totalRow}>
        <Text style={styles.muted}>Items</Text>
        <Text>
          {items.length} {items.length === 1 ? "line" : "lines"}, {units} {units === 1 ? "unit" : "units"}
        </Text>
      </View>
      <View style={styles.grandTotal}>
        <Text>Total</Text>
        <Text>{formatMoney(total, purchase.currency_code)}</Text>
      </View>
    </View>
  )
}

const payoutSection: Section = ({ View, Text }, { payouts, purchase }) => (
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

const notesSection: Section = ({ View, Text }, { purchase }) =>
  present(purchase.notes) ? (
    <View style={styles.section}>
      <Text style={styles.sectionTitle}>Notes</Text>
      <Text style={styles.paragraph}>{purchase.notes}</Text>
    </View>
  ) : null

const termsSection: Section = ({ View, Text }, { template }) =>
  present(template.terms) ? (
    <View style={styles.section}>
      <Text style={styles.sectionTitle}>Terms and conditions</Text>
      <Text style={styles.terms}>{template.terms}</Text>
    </View>
  ) : null

const declarationAndSignatures: Section = ({ View, Text }, { template }) => {
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
  check(template, "template", "object")
  check(template.store_name, "template.store_name", "string")
  // Typed as required, but a template saved without it prints no signature
  // lines rather than failing the receipt.
  check(template.signature_lines, "template.signature_lines", "array?")
  for (const key of ["store_address", "store_phone", "store_email", "store_tax_id", "header", "seller_declaration", "terms", "footer"] as const) {
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
  const { Document, Page, View, Text } = pdf
  const { template, purchase } = data
  const header = present(template.header) ? template.header : DEFAULT_HEADER
  return (
    <Document
      title={`${header} ${purchase.number}`}
      author={template.store_name}
      subject={`${header} ${purchase.number}, ${data.seller.name}`}
      creator="medusa-plugin-buybacks"
      producer="medusa-plugin-buybacks (react-pdf)"
      language="en"
    >
      <Page size="A4" style={styles.page} wrap>
        <Text
          fixed
          style={styles.runningHeader}
          render={({ pageNumber }) => (pageNumber > 1 ? `${header} ${purchase.number} (continued)` : "")}
        />
        {masthead(pdf, data)}
        <View style={styles.rule} />
        {parties(pdf, data)}
        {itemsTable(pdf, data)}
        {totals(pdf, data)}
        {payoutSection(pdf, data)}
        {notesSection(pdf, data)}
        {termsSection(pdf, data)}
        {declarationAndSignatures(pdf, data)}
        {present(template.footer) && <Text style={styles.footerText}>{template.footer}</Text>}
        <View fixed style={styles.pageFooter}>
          <Text>
            {template.store_name} · {header} {purchase.number}
          </Text>
          <Text render={({ pageNumber, totalPages }) => `Page ${pageNumber} of ${totalPages}`} />
        </View>
      </Page>
    </Document>
  )
}

export default PurchaseReceipt
