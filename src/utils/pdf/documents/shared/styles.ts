import type { Styles } from "@react-pdf/renderer" with { "resolution-mode": "import" }
import { COLOR, FONT_BOLD } from "../theme"

/**
 * Style entries that both documents use in their own sections (the shared
 * parts in this folder keep theirs next to their markup): a line of the
 * amounts summary, and its bold total line under a rule.
 */
export const summaryStyles = {
  amountLine: { flexDirection: "row", justifyContent: "space-between", paddingVertical: 2 },
  totalLine: {
    flexDirection: "row",
    justifyContent: "space-between",
    borderTopWidth: 1,
    borderTopColor: COLOR.strongRule,
    marginTop: 2,
    paddingTop: 4,
    fontFamily: FONT_BOLD,
    fontSize: 11,
  },
} satisfies Styles
