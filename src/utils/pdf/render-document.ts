import { createElement } from "react"
import type { ReactPdf } from "./document-contract"
import { registerFonts } from "./fonts"
import { loadPdfDocument } from "./registry"

/**
 * Renders a document to PDF bytes in the CURRENT thread. This is blocking CPU
 * work (tens to hundreds of milliseconds): only the render worker (and the
 * benchmark's "inline" comparison) call it. Application code uses renderPdf().
 */

let reactPdf: Promise<ReactPdf> | undefined

/**
 * Loads @react-pdf/renderer once per thread, with the documents' fonts
 * registered. A dynamic import() because the package is ES modules only (see
 * document-contract.ts); TypeScript keeps import() as is in CommonJS output
 * under `module: Node16`, and so does ts-node's swc transpiler.
 */
export function loadReactPdf(): Promise<ReactPdf> {
  reactPdf ??= import("@react-pdf/renderer").then((pdf) => {
    // Never split words. react-pdf hyphenates English words by default to
    // fill lines, which would put "-" inside serial numbers, IMEIs and names
    // on a legal document and break text search in the PDF. This setting is
    // global to the module instance, i.e. to this thread only.
    pdf.Font.registerHyphenationCallback((word) => [word])
    registerFonts(pdf)
    return pdf
  })
  return reactPdf
}

export async function renderDocument(name: string, data: unknown): Promise<Buffer> {
  // Resolve and check first, so that an unknown name or malformed data fails
  // fast, with a message naming the problem, and without loading the renderer.
  const { default: component, validate } = loadPdfDocument(name)
  validate?.(data)
  const pdf = await loadReactPdf()
  // The cast: the component returns a <Document>, which renderToBuffer's
  // typing wants as the element itself.
  const element = createElement(component, { data, pdf }) as Parameters<
    ReactPdf["renderToBuffer"]
  >[0]
  return pdf.renderToBuffer(element)
}
