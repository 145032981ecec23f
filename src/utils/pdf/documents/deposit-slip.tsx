import { createChecker, InvalidPdfDataError } from "../check-data"
import type { PdfDocumentComponent, ReactPdf } from "../document-contract"
import { formatDate, formatDateTime, formatMoney, humanize } from "../format"
import type { DepositSlipData } from "../types"
import { breakToWidth } from "./text-width"
import { baseStyles, COLOR, FONT_BOLD, FONT_ITALIC, leading } from "./theme"

/**
 * The deposit slip: handed to a customer who paid a deposit towards one
 * specific item (product variant) they will buy later. It says who paid,
 * for which item, how much (per unit × units), how it was paid and what is
 * left, whether the item is a special order, and the claim code with which
 * the customer attaches the deposit to an online account. The deposit pays
 * for that item only.
 *
 * Page flow (A4), like the purchase receipt: store and slip title/number on
 * top, the customer and the item, the amounts and the payment, the special
 * order box (only for special orders), the claim-code box, the deposit's
 * ledger (its header row repeats on every page it runs onto; a row is never
 * split), the terms line and the template's footer. Running header on
 * continuation pages and "Page n of m" footer on every page.
 *
 * From the merchant's receipt template only the store details and the footer
 * are printed: its header, seller's declaration, terms and signature lines
 * are the purchase receipt's.
 */

const TITLE = "Deposit slip"
const TERMS = "This deposit can only be used towards the item above."

/** Ledger entry types (see the item-deposit module) as the customer reads them, with their direction. */
const ENTRY: Record<string, { label: string; sign: "+" | "–" }> = {
  payment: { label: "Deposit paid", sign: "+" },
  application: { label: "Used at checkout", sign: "–" },
  release: { label: "Returned to the deposit", sign: "+" },
  conversion: { label: "Converted to store credit", sign: "–" },
  refund: { label: "Refunded", sign: "–" },
  cancellation: { label: "Cancelled", sign: "–" },
  reversal: { label: "Correction", sign: "+" },
}

/**
 * SKUs have no spaces and may be long: broken to the value column's width,
 * with hard line breaks and no character added (see the receipt's serials).
 * Half the A4 content width (257 pt) less the box padding (16) and the
 * label column (70), rounded down.
 */
const SKU_FONT_SIZE = 9
const SKU_MAX_WIDTH = 168

const COLUMN = {
  date: { width: "22%", paddingRight: 6 },
  entry: { width: "28%", paddingRight: 6 },
  note: { width: "32%", paddingRight: 6 },
  amount: { width: "18%", textAlign: "right" as const },
}

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
  itemTitle: { ...leading(10, 1.3), fontFamily: FONT_BOLD },
  sku: leading(SKU_FONT_SIZE, 1.3),
  money: { flexDirection: "row" as const, marginTop: 14 },
  payment: { width: "50%", paddingRight: 12 },
  amounts: { width: "50%" },
  amountRow: { flexDirection: "row" as const, justifyContent: "space-between" as const, paddingVertical: 2 },
  totalPaid: {
    flexDirection: "row" as const,
    justifyContent: "space-between" as const,
    borderTopWidth: 1,
    borderTopColor: COLOR.strongRule,
    marginTop: 2,
    paddingTop: 4,
    paddingBottom: 2,
    fontFamily: FONT_BOLD,
    fontSize: 11,
  },
  remaining: {
    flexDirection: "row" as const,
    justifyContent: "space-between" as const,
    backgroundColor: COLOR.fill,
    marginTop: 4,
    padding: 4,
    fontFamily: FONT_BOLD,
    fontSize: 11,
  },
  box: { marginTop: 14, borderWidth: 1, padding: 10 },
  specialOrderBox: { borderColor: COLOR.strongRule, borderStyle: "dashed" as const },
  claimBox: { borderColor: COLOR.accent, backgroundColor: COLOR.fill },
  boxTitle: { fontFamily: FONT_BOLD, fontSize: 12, marginBottom: 4 },
  claimTitle: { fontFamily: FONT_BOLD, fontSize: 12, color: COLOR.accent, marginBottom: 6 },
  claimCode: { fontFamily: FONT_BOLD, fontSize: 20, marginBottom: 6 },
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
    paddingVertical: 3,
    paddingHorizontal: 4,
    fontSize: 8.5,
  },
  emptyRow: { padding: 6, color: COLOR.muted, fontFamily: FONT_ITALIC },
  terms: { ...leading(9, 1.35), fontFamily: FONT_BOLD, marginTop: 14 },
  footerText: { marginTop: 18, textAlign: "center" as const, color: COLOR.muted, fontSize: 8 },
}

type Section = (pdf: ReactPdf, data: DepositSlipData) => JSX.Element | null

const present = (value: string | null | undefined): value is string =>
  typeof value === "string" && value.trim() !== ""

const masthead: Section = ({ View, Text }, { template, deposit }) => {
  const meta: [string, string][] = [
    ["No.", deposit.number],
    ["Date", formatDateTime(deposit.created_at)],
    ["Status", humanize(deposit.status)],
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
        <Text style={styles.title}>{TITLE}</Text>
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

const customerAndItem: Section = ({ View, Text }, { customer, item }) => {
  const field = (label: string, value: string | null | undefined) =>
    present(value) && (
      <View style={styles.fieldRow}>
        <Text style={styles.fieldLabel}>{label}</Text>
        <Text style={styles.fieldValue}>{value}</Text>
      </View>
    )
  return (
    <View style={styles.parties} wrap={false}>
      <View style={styles.party}>
        <Text style={styles.sectionTitle}>Customer</Text>
        <Text style={styles.bold}>{customer.name}</Text>
        {field("Phone", customer.phone)}
        {field("Email", customer.email)}
      </View>
      <View style={[styles.party, styles.partyDivider]}>
        <Text style={styles.sectionTitle}>Deposit for this item</Text>
        <Text style={styles.itemTitle}>{item.product_title}</Text>
        {field("Variant", item.variant_title)}
        {present(item.sku) && (
          <View style={styles.fieldRow}>
            <Text style={styles.fieldLabel}>SKU</Text>
            <Text style={[styles.fieldValue, styles.sku]}>
              {breakToWidth(item.sku, SKU_FONT_SIZE, SKU_MAX_WIDTH).join("\n")}
            </Text>
          </View>
        )}
      </View>
    </View>
  )
}

const amountsAndPayment: Section = ({ View, Text }, { deposit }) => {
  const money = (amount: string) => formatMoney(amount, deposit.currency_code)
  const field = (label: string, value: string | null | undefined) =>
    present(value) && (
      <View style={styles.fieldRow}>
        <Text style={styles.fieldLabel}>{label}</Text>
        <Text style={styles.fieldValue}>{value}</Text>
      </View>
    )
  return (
    <View style={styles.money} wrap={false}>
      <View style={styles.payment}>
        <Text style={styles.sectionTitle}>Payment</Text>
        {field("Method", humanize(deposit.payment_method))}
        {field("Reference", deposit.payment_reference)}
        {field("Paid on", formatDateTime(deposit.created_at))}
      </View>
      <View style={styles.amounts}>
        <Text style={styles.sectionTitle}>Amount</Text>
        <View style={styles.amountRow}>
          <Text style={styles.muted}>Amount per unit</Text>
          <Text>{money(deposit.amount_per_unit)}</Text>
        </View>
        <View style={styles.amountRow}>
          <Text style={styles.muted}>Units</Text>
          <Text>× {String(deposit.units)}</Text>
        </View>
        <View style={styles.totalPaid}>
          <Text>Total paid</Text>
          <Text>{money(deposit.total_amount)}</Text>
        </View>
        <View style={styles.remaining}>
          <Text>Remaining</Text>
          <Text>{money(deposit.remaining_amount)}</Text>
        </View>
      </View>
    </View>
  )
}

const specialOrder: Section = ({ View, Text }, { deposit }) =>
  deposit.special_order ? (
    <View style={[styles.box, styles.specialOrderBox]} wrap={false}>
      <Text style={styles.boxTitle}>Special order</Text>
      <Text style={styles.paragraph}>This item is not in stock: it has been ordered for you.</Text>
      {present(deposit.special_order_note) && <Text style={styles.paragraph}>{deposit.special_order_note}</Text>}
      {present(deposit.expected_at) && (
        <Text style={[styles.paragraph, styles.bold]}>Expected: {formatDate(deposit.expected_at)}</Text>
      )}
    </View>
  ) : null

const claimCode: Section = ({ View, Text }, { deposit, template, item, storefront_url }) => {
  const website = present(storefront_url) ? `the ${template.store_name} website (${storefront_url})` : `the ${template.store_name} website`
  const active = deposit.status === "active"
  return (
    <View style={[styles.box, styles.claimBox]} wrap={false}>
      <Text style={styles.claimTitle}>{active ? "Use this deposit online" : "Claim code"}</Text>
      <Text style={styles.claimCode}>{deposit.claim_code}</Text>
      {active ? (
        <Text style={styles.paragraph}>
          Create an account at {website}, then enter this code in your account to attach this deposit to it. It
          will be taken off the price of {item.product_title} when you buy it online: the deposit only pays for
          this item.
        </Text>
      ) : (
        <Text style={styles.paragraph}>
          This deposit is {humanize(deposit.status).toLowerCase()}: it can no longer be used.
        </Text>
      )}
    </View>
  )
}

const ledger: Section = ({ View, Text }, { transactions, deposit }) => (
  <View style={styles.table}>
    <Text style={styles.sectionTitle}>Deposit history</Text>
    {/* `fixed` inside the table: repeated on every page the table continues on. */}
    <View style={styles.headerRow} fixed>
      <Text style={COLUMN.date}>Date</Text>
      <Text style={COLUMN.entry}>Entry</Text>
      <Text style={COLUMN.note}>Note</Text>
      <Text style={COLUMN.amount}>Amount</Text>
    </View>
    {transactions.length === 0 && <Text style={styles.emptyRow}>No entries.</Text>}
    {transactions.map((entry, index) => {
      const known = ENTRY[entry.type]
      const amount = formatMoney(entry.amount, deposit.currency_code)
      // The ledger's amounts are positive and the type gives the direction;
      // an amount that already carries a sign is printed as it is.
      const signed = known && !/^\s*-/.test(entry.amount) ? `${known.sign}${amount}` : amount
      return (
        <View key={index} style={styles.row} wrap={false}>
          <Text style={COLUMN.date}>{formatDateTime(entry.created_at)}</Text>
          <Text style={COLUMN.entry}>{known ? known.label : humanize(entry.type)}</Text>
          <Text style={COLUMN.note}>{present(entry.note) ? entry.note : "–"}</Text>
          <Text style={COLUMN.amount}>{signed}</Text>
        </View>
      )
    })}
  </View>
)

/** Checked in the worker before rendering (see check-data.ts). */
export function validate(data: unknown): asserts data is DepositSlipData {
  const check = createChecker()
  check(data, "(data)", "object")
  const { template, deposit, customer, item, transactions, storefront_url } = data as DepositSlipData
  check(template, "template", "object")
  check(template.store_name, "template.store_name", "string")
  for (const key of ["store_address", "store_phone", "store_email", "store_tax_id", "footer"] as const) {
    check(template[key], `template.${key}`, "string?")
  }
  check(deposit, "deposit", "object")
  for (const key of [
    "number",
    "created_at",
    "status",
    "currency_code",
    "amount_per_unit",
    "total_amount",
    "remaining_amount",
    "payment_method",
    "claim_code",
  ] as const) {
    check(deposit[key], `deposit.${key}`, "string")
  }
  check(deposit.units, "deposit.units", "number")
  // check-data.ts has no boolean check (the receipt has no flags).
  if (typeof deposit.special_order !== "boolean") {
    throw new InvalidPdfDataError("deposit.special_order", "a boolean")
  }
  for (const key of ["payment_reference", "special_order_note", "expected_at"] as const) {
    check(deposit[key], `deposit.${key}`, "string?")
  }
  check(customer, "customer", "object")
  check(customer.name, "customer.name", "string")
  check(customer.email, "customer.email", "string?")
  check(customer.phone, "customer.phone", "string?")
  check(item, "item", "object")
  check(item.product_title, "item.product_title", "string")
  check(item.variant_title, "item.variant_title", "string?")
  check(item.sku, "item.sku", "string?")
  check(transactions, "transactions", "array")
  transactions.forEach((entry, i) => {
    check(entry, `transactions[${i}]`, "object")
    check(entry.type, `transactions[${i}].type`, "string")
    check(entry.amount, `transactions[${i}].amount`, "string")
    check(entry.created_at, `transactions[${i}].created_at`, "string")
    check(entry.note, `transactions[${i}].note`, "string?")
  })
  check(storefront_url, "storefront_url", "string?")
}

const DepositSlip: PdfDocumentComponent<DepositSlipData> = ({ data, pdf }) => {
  const { Document, Page, View, Text } = pdf
  const { template, deposit } = data
  return (
    <Document
      title={`${TITLE} ${deposit.number}`}
      author={template.store_name}
      subject={`${TITLE} ${deposit.number}, ${data.customer.name}`}
      creator="medusa-plugin-buybacks"
      producer="medusa-plugin-buybacks (react-pdf)"
      language="en"
    >
      <Page size="A4" style={styles.page} wrap>
        <Text
          fixed
          style={styles.runningHeader}
          render={({ pageNumber }) => (pageNumber > 1 ? `${TITLE} ${deposit.number} (continued)` : "")}
        />
        {masthead(pdf, data)}
        <View style={styles.rule} />
        {customerAndItem(pdf, data)}
        {amountsAndPayment(pdf, data)}
        {specialOrder(pdf, data)}
        {claimCode(pdf, data)}
        {ledger(pdf, data)}
        <Text style={styles.terms}>{TERMS}</Text>
        {present(template.footer) && <Text style={styles.footerText}>{template.footer}</Text>}
        <View fixed style={styles.pageFooter}>
          <Text>
            {template.store_name} · {TITLE} {deposit.number}
          </Text>
          <Text render={({ pageNumber, totalPages }) => `Page ${pageNumber} of ${totalPages}`} />
        </View>
      </Page>
    </Document>
  )
}

export default DepositSlip
