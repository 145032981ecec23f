import type { Styles } from "@react-pdf/renderer" with { "resolution-mode": "import" }

/**
 * Shared look of the plugin's printed documents (purchase receipt, deposit
 * slip): A4 with 40 pt margins, set in Noto Sans, embedded (see ../fonts.ts:
 * Latin, Vietnamese, Greek and Cyrillic print as typed, and the text stays
 * extractable: searchable, copyable). The parts both documents print
 * (masthead, tables, page footer...) are in shared/.
 */

export { FONT, FONT_BOLD, FONT_ITALIC } from "../fonts"
import { FONT, FONT_BOLD } from "../fonts"

export const COLOR = {
  text: "#1f2328",
  muted: "#59636e",
  rule: "#d1d9e0",
  strongRule: "#1f2328",
  fill: "#f3f4f6",
  accent: "#0b3d91",
}

/** Page margins; the bottom one leaves room for the fixed page footer. */
export const PAGE_PADDING = { top: 40, right: 40, bottom: 56, left: 40 }

/**
 * Font size with its line height. react-pdf multiplies a unitless lineHeight
 * by the fontSize set on the SAME style (18 pt when there is none, not the
 * inherited size), so the two must always be set together.
 */
export function leading(fontSize: number, lineHeight: number) {
  return { fontSize, lineHeight }
}

export const baseStyles = {
  page: {
    fontFamily: FONT,
    fontSize: 9,
    // No lineHeight here: inherited by the fixed page footer, it makes
    // react-pdf 4.9 drop the footer's "Page n of m" text (a render-prop Text
    // in an absolutely positioned View). Paragraphs set it themselves.
    color: COLOR.text,
    paddingTop: PAGE_PADDING.top,
    paddingRight: PAGE_PADDING.right,
    paddingBottom: PAGE_PADDING.bottom,
    paddingLeft: PAGE_PADDING.left,
  },
  bold: { fontFamily: FONT_BOLD },
  paragraph: leading(9, 1.35),
  muted: { color: COLOR.muted },
  sectionTitle: {
    fontFamily: FONT_BOLD,
    fontSize: 8,
    color: COLOR.muted,
    textTransform: "uppercase",
    letterSpacing: 0.6,
    marginBottom: 4,
  },
  section: { marginTop: 14 },
  rule: { borderBottomWidth: 1, borderBottomColor: COLOR.strongRule, marginTop: 12 },
  // Running header on continuation pages and footer on every page, both
  // `fixed` and placed in the page margins.
  runningHeader: {
    position: "absolute",
    top: 18,
    left: PAGE_PADDING.left,
    right: PAGE_PADDING.right,
    fontSize: 7.5,
    color: COLOR.muted,
    textAlign: "right",
  },
  pageFooter: {
    position: "absolute",
    bottom: 22,
    left: PAGE_PADDING.left,
    right: PAGE_PADDING.right,
    flexDirection: "row",
    justifyContent: "space-between",
    fontSize: 7.5,
    color: COLOR.muted,
    borderTopWidth: 0.5,
    borderTopColor: COLOR.rule,
    paddingTop: 4,
  },
} satisfies Styles
