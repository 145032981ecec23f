import type { Styles } from "@react-pdf/renderer" with { "resolution-mode": "import" }
import type { ReactPdf } from "../../document-contract"
import { formatDateTime, humanize } from "../../format"
import { baseStyles, COLOR, FONT_BOLD } from "../theme"
import { StoreBlock, type StoreDetails } from "./store-block"

/** One "label  value" line under the title, e.g. No. P-1001. */
export type MetaRow = { label: string; value: string; strong?: boolean }

/**
 * The No. / Date / Status rows of a numbered record (a purchase, a
 * deposit): the number in bold, as it is what staff look up.
 */
export const recordMeta = (record: { number: string; created_at: string; status: string }): MetaRow[] => [
  { label: "No.", value: record.number, strong: true },
  { label: "Date", value: formatDateTime(record.created_at) },
  { label: "Status", value: humanize(record.status) },
]

const styles = {
  masthead: { flexDirection: "row", justifyContent: "space-between" },
  store: { width: "55%" },
  titleBlock: { width: "42%", alignItems: "flex-end" },
  title: { fontFamily: FONT_BOLD, fontSize: 16, color: COLOR.accent, textAlign: "right", marginBottom: 6 },
  metaRow: { flexDirection: "row", justifyContent: "flex-end" },
  metaLabel: { color: COLOR.muted, width: 50, textAlign: "right", marginRight: 6 },
  metaValue: { minWidth: 90, textAlign: "right" },
} satisfies Styles

type MastheadProps = { pdf: ReactPdf; store: StoreDetails; title: string; meta: MetaRow[] }

/**
 * The top of a document's first page: the store on the left, the document's
 * title and meta rows on the right, and the rule that closes the block.
 */
export function Masthead({ pdf, store, title, meta }: MastheadProps) {
  const { View, Text } = pdf
  return (
    <>
      <View style={styles.masthead}>
        <View style={styles.store}>
          <StoreBlock pdf={pdf} store={store} />
        </View>
        <View style={styles.titleBlock}>
          <Text style={styles.title}>{title}</Text>
          {meta.map(({ label, value, strong }) => (
            <View key={label} style={styles.metaRow}>
              <Text style={styles.metaLabel}>{label}</Text>
              <Text style={strong ? [styles.metaValue, baseStyles.bold] : styles.metaValue}>{value}</Text>
            </View>
          ))}
        </View>
      </View>
      <View style={baseStyles.rule} />
    </>
  )
}
