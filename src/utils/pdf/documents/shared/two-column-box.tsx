import type { Styles } from "@react-pdf/renderer" with { "resolution-mode": "import" }
import type { ReactNode } from "react"
import type { ReactPdf } from "../../document-contract"
import { COLOR } from "../theme"

const styles = {
  box: { flexDirection: "row", marginTop: 14, borderWidth: 0.75, borderColor: COLOR.rule },
  column: { width: "50%", padding: 8 },
  divider: { borderLeftWidth: 0.75, borderLeftColor: COLOR.rule },
} satisfies Styles

type TwoColumnBoxProps = { pdf: ReactPdf; left: ReactNode; right: ReactNode }

/**
 * A ruled box split into two halves (the seller and their ID, the customer
 * and the item), kept on one page: the halves are read side by side.
 */
export function TwoColumnBox({ pdf, left, right }: TwoColumnBoxProps) {
  const { View } = pdf
  return (
    <View style={styles.box} wrap={false}>
      <View style={styles.column}>{left}</View>
      <View style={[styles.column, styles.divider]}>{right}</View>
    </View>
  )
}
