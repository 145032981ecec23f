// pdf-parse's index runs a self-test when required directly; its lib does not.
// eslint-disable-next-line @typescript-eslint/no-var-requires
const pdfParse = require("pdf-parse/lib/pdf-parse.js")

export async function pdfText(pdf: Buffer): Promise<string> {
  const { text } = await pdfParse(pdf)
  return text
}
