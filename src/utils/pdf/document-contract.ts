import type { ReactElement } from "react"

/**
 * The type of the `@react-pdf/renderer` module.
 *
 * @react-pdf/renderer 4 is published as ES modules only, while this plugin is
 * compiled to CommonJS (tsconfig `module: Node16`, no `"type": "module"`).
 * TypeScript refuses a static `import { View } from "@react-pdf/renderer"`
 * here (TS1479), so the renderer is loaded with a dynamic `import()` in
 * render-document.ts and handed to each document component as a prop. This
 * type-only reference needs the explicit `resolution-mode` to resolve the ESM
 * typings from a CommonJS file; it is erased from the emitted JavaScript.
 */
export type ReactPdf = typeof import("@react-pdf/renderer", {
  with: { "resolution-mode": "import" },
})

/**
 * The default export of every file in documents/: a React component that
 * returns a react-pdf `<Document>` for its data. `pdf` is the loaded renderer
 * module (see ReactPdf) from which the component takes Document, Page, View...
 */
export type PdfDocumentComponent<Data> = (props: {
  data: Data
  pdf: ReactPdf
}) => ReactElement

/**
 * What a file in documents/ exports: the component as default, and
 * optionally `validate`, which throws a clear error for malformed data
 * before rendering starts (see check-data.ts).
 */
export type PdfDocumentModule<Data> = {
  default: PdfDocumentComponent<Data>
  validate?: (data: unknown) => void
}
