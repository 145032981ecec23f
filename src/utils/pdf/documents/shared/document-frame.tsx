import type { Styles } from "@react-pdf/renderer" with { "resolution-mode": "import" }
import type { ReactNode } from "react"
import type { ReactPdf } from "../../document-contract"
import { baseStyles, COLOR } from "../theme"
import { present } from "./present"

const styles = {
  footerText: { marginTop: 18, textAlign: "center", color: COLOR.muted, fontSize: 8 },
} satisfies Styles

type DocumentFrameProps = {
  pdf: ReactPdf
  template: { store_name: string; footer?: string | null }
  /** The document's title ("Purchase receipt") and its record's number ("P-1001"). */
  title: string
  number: string
  /** Whom the document is for (seller, customer): named in the PDF's subject. */
  recipient: string
  /** The page's content, in order; it flows onto as many A4 pages as it needs. */
  children: ReactNode
}

/**
 * What every page of a document has around its content: the PDF metadata,
 * an A4 page, the running header on continuation pages (so a loose page
 * still says what it belongs to), the template's footer text after the
 * content, and the page footer with "Page n of m" on every page.
 */
export function DocumentFrame({ pdf, template, title, number, recipient, children }: DocumentFrameProps) {
  const { Document, Page, View, Text } = pdf
  return (
    <Document
      title={`${title} ${number}`}
      author={template.store_name}
      subject={`${title} ${number}, ${recipient}`}
      creator="medusa-plugin-buybacks"
      producer="medusa-plugin-buybacks (react-pdf)"
      language="en"
    >
      <Page size="A4" style={baseStyles.page} wrap>
        <Text
          fixed
          style={baseStyles.runningHeader}
          render={({ pageNumber }) => (pageNumber > 1 ? `${title} ${number} (continued)` : "")}
        />
        {children}
        {present(template.footer) && <Text style={styles.footerText}>{template.footer}</Text>}
        <View fixed style={baseStyles.pageFooter}>
          <Text>
            {template.store_name} · {title} {number}
          </Text>
          <Text render={({ pageNumber, totalPages }) => `Page ${pageNumber} of ${totalPages}`} />
        </View>
      </Page>
    </Document>
  )
}
