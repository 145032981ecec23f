import { execFile } from "child_process"
import path from "path"
import { performance } from "perf_hooks"
import { threadId as mainThreadId } from "worker_threads"
import {
  formatMoney,
  getPdfRendererInfo,
  PdfRenderError,
  PdfRenderTimeoutError,
  renderPdf,
  renderPurchaseReceipt,
  UnknownPdfDocumentError,
} from ".."
import { pdfRendererInternals } from "../render-pdf"
import { receiptFixture } from "./fixtures"

// The package's index runs a debug self-test when required as a main module;
// its library file does not.
// eslint-disable-next-line @typescript-eslint/no-var-requires
const pdfParse: (data: Buffer) => Promise<{ numpages: number; text: string }> = require("pdf-parse/lib/pdf-parse.js")

const REPO_ROOT = path.resolve(__dirname, "../../../..")

// The first render starts the worker, which compiles the TypeScript sources
// with ts-node and loads React and react-pdf: a few seconds on a slow CI.
jest.setTimeout(60_000)

const extractText = async (pdf: Buffer) => pdfParse(pdf)

describe("renderPdf / renderPurchaseReceipt", () => {
  it("renders a purchase receipt whose text holds the number, masked ID, serials, total and declaration", async () => {
    const data = receiptFixture(3)
    const pdf = await renderPurchaseReceipt(data)

    expect(Buffer.isBuffer(pdf)).toBe(true)
    expect(pdf.subarray(0, 4).toString("latin1")).toBe("%PDF")

    const { text, numpages } = await extractText(pdf)
    expect(numpages).toBe(1)
    expect(text).toContain("P-1001")
    expect(text).toContain("•••• 1234")
    for (const item of data.items) {
      expect(text).toContain(item.serial_number)
    }
    expect(formatMoney(data.total, data.purchase.currency_code)).toBe("$1,234.50")
    expect(text).toContain("$1,234.50")
    expect(text).toContain(data.template.seller_declaration)
    expect(text).toContain("Driving licence")
    expect(text).toContain("May 31, 2030")
    expect(text).toContain("Store credit")
    expect(text).toContain("Page 1 of 1")
  })

  it("wraps a 200-item receipt onto several pages, repeating the table header, without losing a row", async () => {
    const data = receiptFixture(200)
    const pdf = await renderPurchaseReceipt(data)
    const { text, numpages } = await extractText(pdf)

    expect(numpages).toBeGreaterThan(1)
    expect(text).toContain(`Page ${numpages} of ${numpages}`)
    // The header row of the items table is on every page the table runs on
    // (all pages here but possibly the last).
    const headerRows = text.split("Serial / IMEI").length - 1
    expect(headerRows).toBeGreaterThanOrEqual(numpages - 1)
    for (const item of data.items) {
      expect(text).toContain(item.serial_number)
    }
  })

  it("renders in a worker thread: the main thread's event loop keeps ticking during a large render", async () => {
    await renderPurchaseReceipt(receiptFixture(1)) // worker started and warm

    const ticks: number[] = []
    const interval = setInterval(() => ticks.push(performance.now()), 5)
    const started = performance.now()
    await renderPurchaseReceipt(receiptFixture(200))
    const ended = performance.now()
    clearInterval(interval)

    const elapsed = ended - started
    const gaps = ticks.map((t, i) => t - (i === 0 ? started : ticks[i - 1]))
    gaps.push(ended - (ticks[ticks.length - 1] ?? started))
    const longestStall = Math.max(...gaps)

    // Rendered inline, the whole render would be one stall of `elapsed` ms.
    expect(elapsed).toBeGreaterThan(100)
    expect(longestStall).toBeLessThan(Math.max(50, elapsed / 4))
    expect(ticks.length).toBeGreaterThan(elapsed / 20)

    const { worker_thread_id, worker_heap_used_bytes } = getPdfRendererInfo()
    expect(worker_thread_id).not.toBeNull()
    expect(worker_thread_id).not.toBe(mainThreadId)
    // The worker reports its own heap (React, react-pdf, the parsed fonts).
    expect(worker_heap_used_bytes).toBeGreaterThan(1024 * 1024)
  })

  it("prints names and currency symbols beyond Western European ones as typed", async () => {
    const data = receiptFixture(1, { currency_code: "inr" })
    data.seller.name = "Łukasz Żółć"
    const { text } = await extractText(await renderPurchaseReceipt(data))
    expect(text).toContain("Łukasz Żółć")
    expect(text).toContain("₹1,234.50")
  })

  it("serves concurrent renders, each with its own document", async () => {
    const numbers = Array.from({ length: 8 }, (_, i) => `P-${2001 + i}`)
    const pdfs = await Promise.all(
      numbers.map((number, i) => renderPurchaseReceipt(receiptFixture(1 + i * 5, { number })))
    )
    const texts = await Promise.all(pdfs.map(async (pdf) => (await extractText(pdf)).text))
    texts.forEach((text, i) => {
      expect(text).toContain(numbers[i])
      for (const other of numbers.filter((_, j) => j !== i)) {
        expect(text).not.toContain(other)
      }
    })
    expect(getPdfRendererInfo()).toMatchObject({ busy: false, queued: 0 })
  })

  it("rejects an unknown document name with a clear error", async () => {
    const render = renderPdf("no-such-document" as any, {} as any)
    await expect(render).rejects.toBeInstanceOf(UnknownPdfDocumentError)
    await expect(renderPdf("no-such-document" as any, {} as any)).rejects.toThrow(
      'Unknown PDF document "no-such-document"; known documents: "purchase-receipt"'
    )
  })

  it("rejects malformed data with an error naming the field, and keeps working", async () => {
    const broken = { ...receiptFixture(1), template: undefined } as any
    const render = renderPurchaseReceipt(broken)
    await expect(render).rejects.toBeInstanceOf(PdfRenderError)
    await expect(render).rejects.toThrow(
      'Rendering PDF document "purchase-receipt" failed: invalid data: "template" must be an object'
    )
    const badItem = receiptFixture(2)
    ;(badItem.items[1] as any).quantity = "2"
    await expect(renderPurchaseReceipt(badItem)).rejects.toThrow('"items[1].quantity" must be a number')

    const pdf = await renderPurchaseReceipt(receiptFixture(1))
    expect(pdf.subarray(0, 4).toString("latin1")).toBe("%PDF")
  })

  it("rejects data that cannot be copied to the worker", async () => {
    const data = { ...receiptFixture(1), extra: () => "a function" } as any
    await expect(renderPurchaseReceipt(data)).rejects.toThrow(
      'Rendering PDF document "purchase-receipt" failed: its data cannot be sent to the worker thread'
    )
  })

  it("times out a render, stops the worker and serves the next request from a new one", async () => {
    await renderPurchaseReceipt(receiptFixture(1))
    const before = getPdfRendererInfo()

    const render = renderPurchaseReceipt(receiptFixture(200), { timeoutMs: 20 })
    await expect(render).rejects.toBeInstanceOf(PdfRenderTimeoutError)
    await expect(render).rejects.toThrow('Rendering PDF document "purchase-receipt" failed: timed out after 20 ms')

    const pdf = await renderPurchaseReceipt(receiptFixture(1))
    expect(pdf.subarray(0, 4).toString("latin1")).toBe("%PDF")
    const after = getPdfRendererInfo()
    expect(after.workers_started).toBe(before.workers_started + 1)
    expect(after.worker_thread_id).not.toBe(before.worker_thread_id)
  })

  it("restarts the worker after it dies mid-render", async () => {
    await renderPurchaseReceipt(receiptFixture(1))
    const render = renderPurchaseReceipt(receiptFixture(200))
    expect(getPdfRendererInfo().busy).toBe(true)
    // Simulates a crash (e.g. out of memory) from outside the renderer.
    await pdfRendererInternals.currentWorker()!.terminate()

    await expect(render).rejects.toThrow(
      /^Rendering PDF document "purchase-receipt" failed: the PDF worker thread exited unexpectedly/
    )
    const pdf = await renderPurchaseReceipt(receiptFixture(1))
    expect(pdf.subarray(0, 4).toString("latin1")).toBe("%PDF")
  })

  it("does not keep a process alive once its renders are done, nor run its preloads", async () => {
    // A plain Node process that loads the TypeScript sources the way the
    // Medusa CLI does (ts-node registered in the main thread), renders once
    // and then has nothing left to do: it must exit on its own, promptly.
    // Its --require preload throws if it runs in a worker thread.
    const script = `
      require("ts-node").register({ transpileOnly: true })
      const { renderPurchaseReceipt } = require("./src/utils/pdf")
      const { receiptFixture } = require("./src/utils/pdf/__tests__/fixtures")
      renderPurchaseReceipt(receiptFixture(2)).then((pdf) => {
        process.stdout.write(pdf.subarray(0, 4).toString("latin1"))
      })
    `
    const started = Date.now()
    const { code, stdout, stderr } = await new Promise<{ code: number | null; stdout: string; stderr: string }>(
      (resolve) => {
        const child = execFile(
          process.execPath,
          ["--require", path.join(__dirname, "main-thread-only-preload.js"), "-e", script],
          { cwd: REPO_ROOT, timeout: 45_000, killSignal: "SIGKILL" },
          (error, stdout, stderr) => resolve({ code: error ? (error as any).code ?? null : 0, stdout, stderr })
        )
        child.stdin?.end()
      }
    )
    expect({ code, stdout, stderr }).toEqual({ code: 0, stdout: "%PDF", stderr: "" })
    expect(Date.now() - started).toBeLessThan(45_000)
  })
})
