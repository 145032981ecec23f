import { renderDepositSlip, renderPurchaseReceipt } from ".."
import { fontFiles } from "../fonts"
import { depositSlipFixture } from "./deposit-slip-fixture"
import { receiptFixture } from "./fixtures"

// eslint-disable-next-line @typescript-eslint/no-var-requires
const pdfParse: (data: Buffer) => Promise<{ text: string }> = require("pdf-parse/lib/pdf-parse.js")

// The first render starts the worker (ts-node, React, react-pdf): seconds on a slow CI.
jest.setTimeout(60_000)

/**
 * Names as sellers and customers write them: Polish, Greek, Russian, Turkish
 * and Vietnamese (precomposed letters with two diacritics: "ễ", "ợ").
 */
const NAMES = ["Łukasz Żółć", "Αθηνά", "Дмитрий", "Şükrü Öztürk", "Nguyễn Văn Được"]

const textOf = async (pdf: Buffer) => (await pdfParse(pdf)).text

describe("documents in every script", () => {
  it("finds the font files through the font package", () => {
    const files = Object.values(fontFiles())
    expect(files).toHaveLength(3)
    for (const file of files) {
      expect(file).toMatch(/@expo-google-fonts[\\/]noto-sans[\\/].+\.ttf$/)
    }
  })

  it("prints each name on a purchase receipt exactly as typed, in regular and bold text", async () => {
    for (const name of NAMES) {
      const data = receiptFixture(2)
      data.seller.name = name // printed in bold in the seller box
      data.seller.address = `${name}, 1 Main Street` // regular text
      data.items[0].title = `Phone from ${name}` // table cell
      const text = await textOf(await renderPurchaseReceipt(data))
      expect(text).toContain(name)
      expect(text).toContain(`${name}, 1 Main Street`)
      expect(text).toContain(`Phone from ${name}`)
      // Nothing was replaced by a placeholder (what the standard fonts did).
      expect(text).not.toContain("?")
    }
  })

  it("prints all the names on one receipt, and on a deposit slip", async () => {
    const receipt = receiptFixture(NAMES.length)
    receipt.seller.name = NAMES.join(" / ")
    NAMES.forEach((name, i) => (receipt.items[i].title = name))
    const receiptText = await textOf(await renderPurchaseReceipt(receipt))

    const slip = depositSlipFixture({ special_order: true, special_order_note: `For ${NAMES[2]}` })
    slip.customer.name = NAMES.join(" / ")
    slip.item.product_title = `${NAMES[1]} ${NAMES[4]}`
    const slipText = await textOf(await renderDepositSlip(slip))

    for (const name of NAMES) {
      expect(receiptText).toContain(name)
      expect(slipText).toContain(name)
    }
    // The joined names wrap onto a second line in the seller's column.
    const oneLine = (text: string) => text.replace(/\s+/g, " ")
    expect(oneLine(receiptText)).toContain(NAMES.join(" / "))
    expect(oneLine(slipText)).toContain(NAMES.join(" / "))
    expect(slipText).toContain(`For ${NAMES[2]}`)
  })
})
