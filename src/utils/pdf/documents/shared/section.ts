import type { Styles } from "@react-pdf/renderer" with { "resolution-mode": "import" }
import type { ReactPdf } from "../../document-contract"

/**
 * One block of a document's page, built from the renderer module and the
 * document's data; null when the data has nothing for it. A plain function
 * rather than a component: the documents call their sections in page order.
 */
export type Section<Data> = (pdf: ReactPdf, data: Data) => JSX.Element | null

/** One style entry, as react-pdf's `style` prop takes it. */
export type Style = Styles[string]
