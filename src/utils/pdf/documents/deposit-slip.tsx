import type { Styles } from "@react-pdf/renderer" with { "resolution-mode": "import" }
import { createChecker, InvalidPdfDataError } from "../check-data"
import type { PdfDocumentComponent } from "../document-contract"
import { formatDate, formatDateTime, formatMoney, humanize } from "../format"
import type { DepositSlipData, DepositSlipTransaction } from "../types"
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
import { baseStyles, COLOR, FONT_BOLD, leading } from "./theme"

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
 * Half the A4 content width (257 pt) less the box padding (16, see
 * shared/two-column-box.tsx) and the label column (70, shared/field.tsx),
 * rounded down.
 */
const SKU_FONT_SIZE = 9
const SKU_MAX_WIDTH = 168

const styles = {
  ...baseStyles,
  ...summaryStyles,
  itemTitle: { ...leading(10, 1.3), fontFamily: FONT_BOLD },
  sku: leading(SKU_FONT_SIZE, 1.3),
  money: { flexDirection: "row", marginTop: 14 },
  payment: { width: "50%", paddingRight: 12 },
  amounts: { width: "50%" },
  totalPaid: { ...summaryStyles.totalLine, paddingBottom: 2 },
  remaining: {
    flexDirection: "row",
    justifyContent: "space-between",
    backgroundColor: COLOR.fill,
    marginTop: 4,
    padding: 4,
    fontFamily: FONT_BOLD,
    fontSize: 11,
  },
  box: { marginTop: 14, borderWidth: 1, padding: 10 },
  specialOrderBox: { borderColor: COLOR.strongRule, borderStyle: "dashed" },
  claimBox: { borderColor: COLOR.accent, backgroundColor: COLOR.fill },
  boxTitle: { fontFamily: FONT_BOLD, fontSize: 12, marginBottom: 4 },
  claimTitle: { fontFamily: FONT_BOLD, fontSize: 12, color: COLOR.accent, marginBottom: 6 },
  claimCode: { fontFamily: FONT_BOLD, fontSize: 20, marginBottom: 6 },
  // The ledger is denser than the receipt's items table.
  ledgerRow: { paddingVertical: 3, fontSize: 8.5 },
  terms: { ...leading(9, 1.35), fontFamily: FONT_BOLD, marginTop: 14 },
} satisfies Styles

type SlipSection = Section<DepositSlipData>

const customerAndItem: SlipSection = (pdf, { customer, item }) => {
  const { Text } = pdf
  const left = (
    <>
      <Text style={styles.sectionTitle}>Customer</Text>
      <Text style={styles.bold}>{customer.name}</Text>
      <Field pdf={pdf} label="Phone" value={customer.phone} />
      <Field pdf={pdf} label="Email" value={customer.email} />
    </>
  )
  const right = (
    <>
      <Text style={styles.sectionTitle}>Deposit for this item</Text>
      <Text style={styles.itemTitle}>{item.product_title}</Text>
      <Field pdf={pdf} label="Variant" value={item.variant_title} />
      <Field
        pdf={pdf}
        label="SKU"
        value={present(item.sku) ? breakToWidth(item.sku, SKU_FONT_SIZE, SKU_MAX_WIDTH).join("\n") : null}
        valueStyle={styles.sku}
      />
    </>
  )
  return <TwoColumnBox pdf={pdf} left={left} right={right} />
}

const amountsAndPayment: SlipSection = (pdf, { deposit }) => {
  const { View, Text } = pdf
  const money = (amount: string) => formatMoney(amount, deposit.currency_code)
  return (
    <View style={styles.money} wrap={false}>
      <View style={styles.payment}>
        <Text style={styles.sectionTitle}>Payment</Text>
        <Field pdf={pdf} label="Method" value={humanize(deposit.payment_method)} />
        <Field pdf={pdf} label="Reference" value={deposit.payment_reference} />
        <Field pdf={pdf} label="Paid on" value={formatDateTime(deposit.created_at)} />
      </View>
      <View style={styles.amounts}>
        <Text style={styles.sectionTitle}>Amount</Text>
        <View style={styles.amountLine}>
          <Text style={styles.muted}>Amount per unit</Text>
          <Text>{money(deposit.amount_per_unit)}</Text>
        </View>
        <View style={styles.amountLine}>
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
const specialOrder: SlipSection = ({ View, Text }, { deposit }) =>
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

const claimCode: SlipSection = ({ View, Text }, { deposit, template, item, storefront_url }) => {
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

const ledger: SlipSection = (pdf, { transactions, deposit }) => {
  const columns: Column<DepositSlipTransaction>[] = [
    { header: "Date", style: { width: "22%", paddingRight: 6 }, cell: (entry) => formatDateTime(entry.created_at) },
    {
      header: "Entry",
      style: { width: "28%", paddingRight: 6 },
      cell: (entry) => ENTRY[entry.type]?.label ?? humanize(entry.type),
    },
    {
      header: "Note",
      style: { width: "32%", paddingRight: 6 },
      cell: (entry) => (present(entry.note) ? entry.note : "–"),
    },
    {
      header: "Amount",
      style: { width: "18%", textAlign: "right" },
      cell: (entry) => signedAmount(entry, deposit.currency_code),
    },
  ]
  return (
    <Table
      pdf={pdf}
      title="Deposit history"
      columns={columns}
      rows={transactions}
      emptyText="No entries."
      rowStyle={styles.ledgerRow}
    />
  )
}

/**
 * The ledger's amounts are positive and the type gives the direction; an
 * amount that already carries a sign (or of an unknown type) is printed as it is.
 */
function signedAmount(entry: DepositSlipTransaction, currency: string): string {
  const known = ENTRY[entry.type]
  const amount = formatMoney(entry.amount, currency)
  return known && !/^\s*-/.test(entry.amount) ? `${known.sign}${amount}` : amount
}

/** Checked in the worker before rendering (see check-data.ts). */
export function validate(data: unknown): asserts data is DepositSlipData {
  const check = createChecker()
  check(data, "(data)", "object")
  const { template, deposit, customer, item, transactions, storefront_url } = data as DepositSlipData
  checkStoreDetails(check, template)
  check(template.footer, "template.footer", "string?")
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
  const { Text } = pdf
  const { template, deposit } = data
  return (
    <DocumentFrame pdf={pdf} template={template} title={TITLE} number={deposit.number} recipient={data.customer.name}>
      <Masthead pdf={pdf} store={template} title={TITLE} meta={recordMeta(deposit)} />
      {customerAndItem(pdf, data)}
      {amountsAndPayment(pdf, data)}
      {specialOrder(pdf, data)}
      {claimCode(pdf, data)}
      {ledger(pdf, data)}
      <Text style={styles.terms}>{TERMS}</Text>
    </DocumentFrame>
  )
}

export default DepositSlip
