import {
  formatMoney,
  InvalidPdfDataError,
  pdfDocumentNames,
  PdfRenderError,
  renderDepositSlip,
  renderPdf,
} from ".."
import { validate } from "../documents/deposit-slip"
import { depositSlipFixture } from "./deposit-slip-fixture"

// eslint-disable-next-line @typescript-eslint/no-var-requires
const pdfParse: (data: Buffer) => Promise<{ numpages: number; text: string }> = require("pdf-parse/lib/pdf-parse.js")

// The first render starts the worker (ts-node, React, react-pdf): seconds on a slow CI.
jest.setTimeout(60_000)

const textOf = async (pdf: Buffer) => pdfParse(pdf)

describe("deposit slip", () => {
  it("is a registered document", () => {
    expect(pdfDocumentNames).toContain("deposit-slip")
  })

  it("renders the number, claim code, item, amounts, payment and terms", async () => {
    const data = depositSlipFixture()
    const pdf = await renderDepositSlip(data)
    expect(pdf.subarray(0, 4).toString("latin1")).toBe("%PDF")

    const { text, numpages } = await textOf(pdf)
    expect(numpages).toBe(1)
    expect(text).toContain("Deposit slip")
    expect(text).toContain("D-1001")
    expect(text).toContain("K7QM-2XHP-9RTB")
    expect(text).toContain("Chapter & Verse Books")
    expect(text).toContain("Jane Doe")
    expect(text).toContain("The Collected Poems of W. B. Yeats")
    expect(text).toContain("Hardback, first edition")
    expect(text).toContain("BOOK-9780684807317-HB-1ST")

    expect(formatMoney(data.deposit.amount_per_unit, "usd")).toBe("$40.00")
    expect(formatMoney(data.deposit.total_amount, "usd")).toBe("$120.00")
    expect(formatMoney(data.deposit.remaining_amount, "usd")).toBe("$80.00")
    expect(text).toMatch(/Amount per unit\s*\$40\.00/)
    expect(text).toMatch(/Units\s*× 3/)
    expect(text).toMatch(/Total paid\s*\$120\.00/)
    expect(text).toMatch(/Remaining\s*\$80\.00/)
    expect(text).toContain("AUTH-778812")
    expect(text).toContain("Card")

    expect(text).toContain("Use this deposit online")
    expect(text).toContain("https://chapterverse.example")
    expect(text).toMatch(/Create an account at the Chapter & Verse Books website/)
    expect(text.replace(/\s+/g, " ")).toContain("enter this code in your account to attach this deposit")
    expect(text.replace(/\s+/g, " ")).toContain("the deposit only pays for this item")

    // The ledger, with directions.
    expect(text).toMatch(/Deposit paid[\s\S]*\+\$120\.00/)
    expect(text).toMatch(/Used at checkout[\s\S]*–\$40\.00/)
    expect(text).toContain("Order #1042")

    expect(text).toContain("This deposit can only be used towards the item above.")
    expect(text).toContain("Thank you for shopping at Chapter & Verse.")
    expect(text).toContain("Page 1 of 1")

    // The receipt-only parts of the shared template are not printed.
    expect(text).not.toContain("Purchase receipt")
    expect(text).not.toContain("legal owner")
    expect(text).not.toContain("Staff member")

    expect(text.toLowerCase()).not.toContain("special order")
  })

  it("prints the special order box, with its note and expected date, only when set", async () => {
    const data = depositSlipFixture({
      special_order: true,
      special_order_note: "Ordered from the publisher, ref. PUB-5521",
      expected_at: "2025-05-20",
    })
    const { text } = await textOf(await renderDepositSlip(data))
    expect(text).toContain("Special order")
    expect(text).toContain("Ordered from the publisher, ref. PUB-5521")
    expect(text).toContain("Expected: May 20, 2025")

    const withoutDetails = depositSlipFixture({ special_order: true })
    const { text: bare } = await textOf(await renderDepositSlip(withoutDetails))
    expect(bare).toContain("Special order")
    expect(bare).not.toContain("Expected:")
  })

  it("formats other currencies and a deposit that can no longer be used", async () => {
    const data = depositSlipFixture({
      status: "refunded",
      currency_code: "eur",
      amount_per_unit: "1234.5",
      units: 1,
      total_amount: "1234.5",
      remaining_amount: "0",
      payment_reference: null,
    })
    data.storefront_url = null
    const { text } = await textOf(await renderDepositSlip(data))
    expect(text).toMatch(/Total paid\s*€1,234\.50/)
    expect(text).toMatch(/Remaining\s*€0\.00/)
    expect(text).toContain("Refunded")
    expect(text).toContain("K7QM-2XHP-9RTB")
    expect(text).not.toContain("Use this deposit online")
    expect(text).toContain("This deposit is refunded: it can no longer be used.")
    expect(text).not.toContain("Reference")
  })

  it("runs a long ledger onto several pages, repeating its header row", async () => {
    const data = depositSlipFixture({}, 80)
    const { text, numpages } = await textOf(await renderDepositSlip(data))
    expect(numpages).toBeGreaterThan(1)
    expect(text).toContain(`Page ${numpages} of ${numpages}`)
    expect(text).toContain("Deposit slip D-1001 (continued)")
    for (let i = 3; i <= 80; i++) {
      expect(text).toContain(`Ledger entry ${i}`)
    }
  })

  it("is also rendered by name through renderPdf", async () => {
    const pdf = await renderPdf("deposit-slip", depositSlipFixture())
    expect((await textOf(pdf)).text).toContain("D-1001")
  })

  it("rejects malformed data with the invalid-data error naming the field, and keeps working", async () => {
    const noDeposit = { ...depositSlipFixture(), deposit: undefined } as any
    const render = renderDepositSlip(noDeposit)
    await expect(render).rejects.toBeInstanceOf(PdfRenderError)
    await expect(render).rejects.toThrow(
      'Rendering PDF document "deposit-slip" failed: invalid data: "deposit" must be an object'
    )

    const badUnits = depositSlipFixture({ units: "3" as any })
    await expect(renderDepositSlip(badUnits)).rejects.toThrow(
      'Rendering PDF document "deposit-slip" failed: invalid data: "deposit.units" must be a number'
    )

    const badFlag = depositSlipFixture({ special_order: "yes" as any })
    await expect(renderDepositSlip(badFlag)).rejects.toThrow('"deposit.special_order" must be a boolean')

    const badEntry = depositSlipFixture()
    ;(badEntry.transactions[1] as any).amount = 40
    await expect(renderDepositSlip(badEntry)).rejects.toThrow('"transactions[1].amount" must be a string')

    const pdf = await renderDepositSlip(depositSlipFixture())
    expect(pdf.subarray(0, 4).toString("latin1")).toBe("%PDF")
  })

  it("validate() accepts the fixture and throws InvalidPdfDataError on bad data", () => {
    expect(() => validate(depositSlipFixture())).not.toThrow()
    expect(() => validate(null)).toThrow(InvalidPdfDataError)
    const noCode = depositSlipFixture()
    delete (noCode.deposit as any).claim_code
    expect(() => validate(noCode)).toThrow('invalid data: "deposit.claim_code" must be a string')
    const noTitle = depositSlipFixture()
    ;(noTitle.item as any).product_title = null
    expect(() => validate(noTitle)).toThrow('invalid data: "item.product_title" must be a string')
  })
})
