import { createElement } from "react"
import type { ReactPdf } from "./document-contract"
import { loadPdfDocument } from "./registry"

/**
 * Renders a document to PDF bytes in the CURRENT thread. This is blocking CPU
 * work (tens to hundreds of milliseconds): only the render worker (and the
 * benchmark's "inline" comparison) call it. Application code uses renderPdf().
 */

let reactPdf: Promise<ReactPdf> | undefined

/**
 * Loads @react-pdf/renderer once per thread. A dynamic import() because the
 * package is ES modules only (see document-contract.ts); TypeScript keeps
 * import() as is in CommonJS output under `module: Node16`, and so does
 * ts-node's swc transpiler.
 */
export function loadReactPdf(): Promise<ReactPdf> {
  reactPdf ??= import("@react-pdf/renderer").then((pdf) => {
    // Never split words. react-pdf hyphenates English words by default to
    // fill lines, which would put "-" inside serial numbers, IMEIs and names
    // on a legal document and break text search in the PDF. This setting is
    // global to the module instance, i.e. to this thread only.
    pdf.Font.registerHyphenationCallback((word) => [word])
    return pdf
  })
  return reactPdf
}

export async function renderDocument(name: string, data: unknown): Promise<Buffer> {
  // Resolve the document first, so that an unknown name fails without
  // loading the renderer.
  const component = loadPdfDocument(name)
  const pdf = await loadReactPdf()
  // The component returns a <Document>; renderToBuffer's typing wants the
  // Document element itself, which it is once the component has run.
  const element = createElement(component, { data, pdf }) as Parameters<
    ReactPdf["renderToBuffer"]
  >[0]
  return pdf.renderToBuffer(element)
}
