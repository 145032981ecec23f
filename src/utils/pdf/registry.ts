import type { PdfDocumentComponent, PdfDocumentModule } from "./document-contract"

/**
 * The PDF documents the plugin can render, by name.
 *
 * To add a document: write its component in documents/<name>.tsx (default
 * export, a PdfDocumentComponent<YourData>; optionally a `validate` export),
 * built from the parts in documents/shared/, and add one line here. Its name joins PdfDocumentName and its data type is
 * inferred for renderPdf().
 *
 * Each entry is a loader rather than an import: this file is also loaded on
 * the main thread (to reject unknown names at once), and must not pull React
 * or the renderer in there. Only the render worker calls the loaders.
 * `require` (not `import()`) so that ts-node's hook compiles the .tsx sources
 * when the plugin runs from TypeScript (medusa develop, jest).
 */
const documents = {
  "purchase-receipt": () => require("./documents/purchase-receipt") as typeof import("./documents/purchase-receipt"),
  "deposit-slip": () => require("./documents/deposit-slip") as typeof import("./documents/deposit-slip"),
}

export type PdfDocumentName = keyof typeof documents

/** The data type a document takes, inferred from its component. */
export type PdfDocumentData<Name extends PdfDocumentName> = ReturnType<
  (typeof documents)[Name]
>["default"] extends PdfDocumentComponent<infer Data>
  ? Data
  : never

export const pdfDocumentNames = Object.keys(documents) as PdfDocumentName[]

export function isPdfDocumentName(name: unknown): name is PdfDocumentName {
  return typeof name === "string" && Object.prototype.hasOwnProperty.call(documents, name)
}

export class UnknownPdfDocumentError extends Error {
  constructor(name: unknown) {
    super(
      `Unknown PDF document ${JSON.stringify(name)}; known documents: ${pdfDocumentNames
        .map((n) => `"${n}"`)
        .join(", ")}`
    )
    this.name = "UnknownPdfDocumentError"
  }
}

/** A document's module (worker side: this loads React and the component). */
export function loadPdfDocument(name: unknown): PdfDocumentModule<any> {
  if (!isPdfDocumentName(name)) {
    throw new UnknownPdfDocumentError(name)
  }
  return documents[name]()
}
