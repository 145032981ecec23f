import type { Styles } from "@react-pdf/renderer" with { "resolution-mode": "import" }
import type { ReactPdf } from "../../document-contract"
import { COLOR } from "../theme"
import { present } from "./present"
import type { Style } from "./section"

const styles = {
  row: { flexDirection: "row" },
  // The deposit slip's SKU_MAX_WIDTH counts on this width.
  label: { width: 70, color: COLOR.muted },
  value: { flex: 1 },
} satisfies Styles

type FieldProps = { pdf: ReactPdf; label: string; value: string | null | undefined; valueStyle?: Style }

/**
 * A "label  value" line of a details block (Phone, Email, SKU...), with the
 * labels in a fixed-width column so the values line up. Prints nothing when
 * the value is blank: an optional detail leaves no empty label behind.
 */
export function Field({ pdf, label, value, valueStyle }: FieldProps) {
  const { View, Text } = pdf
  if (!present(value)) {
    return null
  }
  return (
    <View style={styles.row}>
      <Text style={styles.label}>{label}</Text>
      <Text style={valueStyle ? [styles.value, valueStyle] : styles.value}>{value}</Text>
    </View>
  )
}
