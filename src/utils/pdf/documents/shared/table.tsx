import type { Styles } from "@react-pdf/renderer" with { "resolution-mode": "import" }
import type { ReactPdf } from "../../document-contract"
import { baseStyles, COLOR, FONT_BOLD, FONT_ITALIC } from "../theme"
import type { Style } from "./section"

/** One column: its header, its width/alignment, and what a row prints in it. */
export type Column<Row> = {
  header: string
  /** Width and alignment, shared by the header cell and the body cells so they line up. */
  style: Style
  /** Added to the body cells only (e.g. a smaller font for long serials). */
  cellStyle?: Style
  cell: (row: Row, index: number) => string
}

type TableProps<Row> = {
  pdf: ReactPdf
  /** Section title printed above the header row (once, not repeated). */
  title?: string
  columns: Column<Row>[]
  rows: Row[]
  /** Printed instead of rows when there are none, e.g. "No items.". */
  emptyText: string
  /** Added to every body row (a denser ledger sets a smaller font and padding). */
  rowStyle?: Style
}

const styles = {
  table: { marginTop: 14 },
  headerRow: {
    flexDirection: "row",
    backgroundColor: COLOR.fill,
    borderBottomWidth: 1,
    borderBottomColor: COLOR.strongRule,
    paddingVertical: 4,
    paddingHorizontal: 4,
    fontFamily: FONT_BOLD,
    fontSize: 8,
  },
  // The receipt's SERIAL_MAX_WIDTH counts on this row's horizontal padding.
  row: {
    flexDirection: "row",
    borderBottomWidth: 0.5,
    borderBottomColor: COLOR.rule,
    paddingVertical: 4,
    paddingHorizontal: 4,
  },
  emptyRow: { padding: 6, color: COLOR.muted, fontFamily: FONT_ITALIC },
} satisfies Styles

/**
 * A table that may run over several pages. Its header row is `fixed` inside
 * the table's View, so react-pdf repeats it at the top of every page the
 * table continues on (and only those); a row is never split between pages.
 */
export function Table<Row>({ pdf, title, columns, rows, emptyText, rowStyle }: TableProps<Row>) {
  const { View, Text } = pdf
  return (
    <View style={styles.table}>
      {title !== undefined && <Text style={baseStyles.sectionTitle}>{title}</Text>}
      <View style={styles.headerRow} fixed>
        {columns.map((column) => (
          <Text key={column.header} style={column.style}>
            {column.header}
          </Text>
        ))}
      </View>
      {rows.length === 0 && <Text style={styles.emptyRow}>{emptyText}</Text>}
      {rows.map((row, index) => (
        <View key={index} style={rowStyle ? [styles.row, rowStyle] : styles.row} wrap={false}>
          {columns.map((column) => (
            <Text key={column.header} style={column.cellStyle ? [column.style, column.cellStyle] : column.style}>
              {column.cell(row, index)}
            </Text>
          ))}
        </View>
      ))}
    </View>
  )
}
