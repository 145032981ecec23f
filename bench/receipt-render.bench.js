#!/usr/bin/env node
/**
 * Benchmark: purchase-receipt PDF rendering, worker thread vs inline.
 *
 * Run from the repository root (not part of `npm test`):
 *
 *   node bench/receipt-render.bench.js              # TypeScript sources via ts-node
 *   node bench/receipt-render.bench.js --compiled   # after `npx medusa plugin:build`:
 *                                                   # .medusa/server/src/utils/pdf
 *   node bench/receipt-render.bench.js --compiled=/path/to/.medusa/server
 *   options: --runs=N (renders per size, default 7), --smoke (tiny sizes:
 *   a quick check that it runs), --receipts=N (the memory phase, default 1000)
 *
 * Under `npm run bench` (bench/run.js) it also writes its figures to
 * $BENCH_RESULTS_DIR/receipts.json for docs/benchmarks.md. Besides the
 * size and lag table below it measures: the main thread's event-loop lag
 * (p99, max) while 20 receipts render concurrently; the p95 of a 20-row
 * receipt through renderPdf() versus plain pdfkit (the engine underneath,
 * drawing the same content by hand, inline, in the same embedded font) when
 * pdfkit is installed; and
 * the process's memory after 1,000 receipts versus before.
 *   NODE_ENV defaults to "production" (React's production build, as under
 *   `medusa start`); NODE_ENV=development node bench/... measures `medusa develop`.
 *
 * It reports, as RATIOS against a baseline measured in the same run (so that
 * the numbers compare across machines), the cost of rendering a 20-row and a
 * 200-row receipt relative to a 1-row one, and the main thread's event-loop
 * lag while rendering through renderPdf() (worker thread) versus calling the
 * renderer inline on the main thread: the inline lag is the whole render time,
 * during which a server would answer no other request. That is why renderPdf
 * uses a worker. With the worker, what lag remains is the operating system's
 * scheduling (on a busy 2-core machine: around 10-30 ms at worst, a few ms at
 * p99), not rendering. Absolute milliseconds are printed too, for this
 * machine only.
 */
"use strict"

process.env.NODE_ENV ??= "production"

const path = require("path")
const { performance, monitorEventLoopDelay } = require("perf_hooks")

const ROOT = path.resolve(__dirname, "..")
const args = process.argv.slice(2)
const compiledArg = args.find((a) => a === "--compiled" || a.startsWith("--compiled="))
const compiled = Boolean(compiledArg)
const serverDir = compiledArg?.includes("=") ? path.resolve(compiledArg.split("=")[1]) : path.join(ROOT, ".medusa/server")
const smoke = args.includes("--smoke")
const numArg = (name, dflt) => Number((args.find((a) => a.startsWith(`--${name}=`)) || `--${name}=${dflt}`).split("=")[1])
const runs = numArg("runs", smoke ? 2 : 7)
const receiptsForMemory = numArg("receipts", smoke ? 50 : 1000)
const CONCURRENCY = 20

// ts-node is needed for the fixture (a .ts file) in both modes, and for the
// sources in the default mode. The tsconfig's "ts-node": { "swc": true } makes
// it a fast, type-check-free transpile.
require(require.resolve("ts-node", { paths: [ROOT] })).register({
  transpileOnly: true,
  projectSearchDir: ROOT,
})

const pdfDir = compiled
  ? path.join(serverDir, "src/utils/pdf")
  : path.join(ROOT, "src/utils/pdf")
const { renderPurchaseReceipt, shutdownPdfRenderer, getPdfRendererInfo } = require(pdfDir)
const { renderDocument } = require(path.join(pdfDir, "render-document"))
const { receiptFixture } = require(path.join(ROOT, "src/utils/pdf/__tests__/fixtures"))

const SIZES = [1, 20, 200]
const BASELINE = 1

function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

/** Renders `size` rows `runs` times; per-render median and the main thread's worst lag. */
async function measure(render, size) {
  const data = receiptFixture(size)
  const times = []
  const lag = monitorEventLoopDelay({ resolution: 2 })
  lag.enable()
  for (let i = 0; i < runs; i++) {
    const started = performance.now()
    const pdf = await render(data)
    times.push(performance.now() - started)
    if (pdf.subarray(0, 4).toString("latin1") !== "%PDF") {
      throw new Error("not a PDF")
    }
    // Let the lag monitor's timer run between renders.
    await new Promise((resolve) => setTimeout(resolve, 5))
  }
  lag.disable()
  return { ms: median(times), maxLagMs: lag.max / 1e6, p99LagMs: lag.percentile(99) / 1e6 }
}

async function suite(name, render) {
  // Warm-up: worker start, module loading, JIT; not measured.
  for (let i = 0; i < 3; i++) await render(receiptFixture(BASELINE))
  await render(receiptFixture(20))
  const results = {}
  for (const size of SIZES) {
    results[size] = await measure(render, size)
  }
  return { name, results }
}

const fmt = (n, digits = 1) => n.toFixed(digits)
const pad = (s, n) => String(s).padStart(n)

const output = []
const log = (line = "") => {
  output.push(line)
  console.log(line)
}

function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]
}

/** Plain pdfkit, inline: the same receipt's content drawn by hand (no layout engine). */
function loadPdfkit() {
  try {
    return require(require.resolve("pdfkit", { paths: [ROOT] }))
  } catch {
    return null
  }
}

/**
 * The documents' own font files (Noto Sans), embedded and subset by pdfkit
 * as react-pdf has it do. Opened once with fontkit (the parser both use), as
 * react-pdf keeps its opened fonts for the thread: otherwise pdfkit would
 * parse the files again for every document and the comparison would be of
 * font caching, not of layout engine against none.
 */
const fontkit = require(require.resolve("fontkit", { paths: [ROOT] }))
const fontFiles = require(path.join(pdfDir, "fonts")).fontFiles()
const openedFonts = Object.fromEntries(
  Object.entries(fontFiles).map(([family, file]) => [family, fontkit.openSync(file)])
)

function renderWithPdfkit(PDFDocument, data) {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: "A4", margin: 40 })
    const chunks = []
    doc.on("data", (c) => chunks.push(c))
    doc.on("end", () => resolve(Buffer.concat(chunks)))
    doc.on("error", reject)
    const [regular, bold] = Object.keys(openedFonts)
    for (const [family, font] of Object.entries(openedFonts)) doc.registerFont(family, font)
    const t = data.template
    doc.font(bold).fontSize(16).text(t.store_name).font(regular).fontSize(9).text(t.store_address)
    doc.text(`${t.store_phone}  ${t.store_email}`)
    doc.moveDown().font(bold).fontSize(14).text(`${t.header} ${data.purchase.number}`).font(regular).fontSize(9)
    doc.text(data.purchase.created_at)
    doc.moveDown().text(`Seller: ${data.seller.name}, ${data.seller.address}, ID ${data.seller.id_number_masked}`)
    doc.moveDown()
    for (const item of data.items) {
      doc.text(`${item.title}   ${item.serial_number}   ${item.condition}   ${item.quantity} x ${item.unit_price}   ${item.total}`)
    }
    doc.moveDown().fontSize(11).text(`Total ${data.total}`).fontSize(9)
    for (const p of data.payouts) doc.text(`${p.method_name}: ${p.amount}`)
    doc.moveDown().text(t.seller_declaration).text(t.terms).moveDown()
    for (const line of t.signature_lines) doc.text(`${line}: ______________________`)
    doc.text(t.footer)
    doc.end()
  })
}

/** Event-loop lag while `CONCURRENCY` receipts render at once through the worker. */
async function concurrentLag() {
  const data = receiptFixture(20)
  const lag = monitorEventLoopDelay({ resolution: 1 })
  const rounds = smoke ? 1 : 5
  const started = performance.now()
  lag.enable()
  for (let r = 0; r < rounds; r++) {
    await Promise.all(Array.from({ length: CONCURRENCY }, () => renderPurchaseReceipt(data)))
  }
  lag.disable()
  return {
    renders: rounds * CONCURRENCY,
    wall_ms: performance.now() - started,
    p99_lag_ms: lag.percentile(99) / 1e6,
    max_lag_ms: lag.max / 1e6,
  }
}

async function p95Versus(PDFDocument) {
  const data = receiptFixture(20)
  const n = smoke ? 5 : 40
  const sample = async (render) => {
    for (let i = 0; i < 3; i++) await render(data)
    const times = []
    for (let i = 0; i < n; i++) {
      const t0 = performance.now()
      await render(data)
      times.push(performance.now() - t0)
    }
    return { p50: percentile(times, 50), p95: percentile(times, 95) }
  }
  const worker = await sample((d) => renderPurchaseReceipt(d))
  const pdfkit = PDFDocument ? await sample((d) => renderWithPdfkit(PDFDocument, d)) : null
  return { n, worker, pdfkit }
}

/** A gc() without --expose-gc on the command line (worker threads refuse that flag in execArgv). */
function exposeGc() {
  if (global.gc) return global.gc
  try {
    require("v8").setFlagsFromString("--expose-gc")
    return require("vm").runInNewContext("gc")
  } catch {
    return null
  }
}

async function memoryAfter(count) {
  const exposed = exposeGc()
  const gc = exposed ?? (() => {})
  gc()
  const before = process.memoryUsage()
  const data = receiptFixture(20)
  // The worker's own heap, as it reports after each batch. Its gc cannot be
  // forced from here, so the smallest value over the first and the last 100
  // receipts stands for what stays alive (garbage not yet collected only adds).
  const workerHeap = []
  for (let i = 0; i < count; i += 10) {
    await Promise.all(Array.from({ length: Math.min(10, count - i) }, () => renderPurchaseReceipt(data)))
    workerHeap.push(getPdfRendererInfo().worker_heap_used_bytes)
  }
  const window = Math.max(1, Math.min(10, Math.floor(workerHeap.length / 2)))
  gc()
  await new Promise((r) => setTimeout(r, 100))
  gc()
  const after = process.memoryUsage()
  const mb = (b) => b / 1024 / 1024
  return {
    receipts: count,
    gc_exposed: Boolean(exposed),
    rss_before_mb: mb(before.rss),
    rss_after_mb: mb(after.rss),
    heap_before_mb: mb(before.heapUsed),
    heap_after_mb: mb(after.heapUsed),
    worker_heap_window: window * 10,
    worker_heap_first_mb: mb(Math.min(...workerHeap.slice(0, window))),
    worker_heap_last_mb: mb(Math.min(...workerHeap.slice(-window))),
    worker_heap_max_mb: mb(Math.max(...workerHeap)),
  }
}

async function main() {
  const started = performance.now()
  const worker = await suite("worker", (data) => renderPurchaseReceipt(data))
  const inline = await suite("inline", (data) => renderDocument("purchase-receipt", data))
  const concurrent = await concurrentLag()
  const PDFDocument = loadPdfkit()
  const versus = await p95Versus(PDFDocument)
  const memory = await memoryAfter(receiptsForMemory)
  await shutdownPdfRenderer()

  log(
    `purchase-receipt render benchmark (${compiled ? "compiled .js" : "TypeScript sources"}, ` +
      `NODE_ENV=${process.env.NODE_ENV}, node ${process.version}, ${runs} renders per size, medians)\n`
  )
  const header = [
    "rows",
    "cost vs 1 row: worker",
    "inline",
    "main-thread lag, max (p99): worker",
    "inline",
    "lag inline/worker",
  ]
  const rows = SIZES.map((size) => {
    const w = worker.results[size]
    const n = inline.results[size]
    return [
      String(size),
      `${fmt(w.ms / worker.results[BASELINE].ms, 2)}x`,
      `${fmt(n.ms / inline.results[BASELINE].ms, 2)}x`,
      `${fmt(w.maxLagMs)} ms (${fmt(w.p99LagMs)})`,
      `${fmt(n.maxLagMs)} ms (${fmt(n.p99LagMs)})`,
      `${fmt(n.maxLagMs / w.maxLagMs)}x`,
    ]
  })
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)) + 3)
  for (const line of [header, ...rows]) {
    log(line.map((c, i) => pad(c, widths[i])).join(""))
  }
  log("\nabsolute render times on this machine (median ms):")
  for (const size of SIZES) {
    log(
      `  ${pad(size, 3)} rows: worker ${pad(fmt(worker.results[size].ms), 7)}  inline ${pad(
        fmt(inline.results[size].ms),
        7
      )}`
    )
  }
  log(
    `\n${CONCURRENCY} concurrent 20-row renders (${concurrent.renders} in all, worker): main-thread event-loop lag ` +
      `p99 ${fmt(concurrent.p99_lag_ms)} ms, max ${fmt(concurrent.max_lag_ms)} ms, ${fmt(concurrent.wall_ms / concurrent.renders)} ms a receipt`
  )
  if (versus.pdfkit) {
    log(
      `20-row receipt, ${versus.n} renders one at a time: renderPdf (react-pdf, worker) p50 ${fmt(versus.worker.p50)} / ` +
        `p95 ${fmt(versus.worker.p95)} ms; plain pdfkit (inline, hand-drawn) p50 ${fmt(versus.pdfkit.p50)} / ` +
        `p95 ${fmt(versus.pdfkit.p95)} ms; p95 ratio ${fmt(versus.worker.p95 / versus.pdfkit.p95, 2)}x`
    )
  } else {
    log("plain pdfkit is not installed: the p95 comparison was skipped")
  }
  log(
    `memory after ${memory.receipts} receipts${memory.gc_exposed ? " (after gc)" : " (no --expose-gc: not collected first)"}: ` +
      `rss ${fmt(memory.rss_before_mb)} → ${fmt(memory.rss_after_mb)} MB, heap ${fmt(memory.heap_before_mb)} → ${fmt(memory.heap_after_mb)} MB ` +
      `(main thread; the render runs in a worker thread whose memory counts in rss)`
  )
  log(
    `render worker's own heap (smallest of the first / last ${memory.worker_heap_window} receipts): ` +
      `${fmt(memory.worker_heap_first_mb)} → ${fmt(memory.worker_heap_last_mb)} MB, largest ${fmt(memory.worker_heap_max_mb)} MB`
  )
  log(`\ntotal ${fmt((performance.now() - started) / 1000)} s`)
  if (process.env.BENCH_RESULTS_DIR) {
    require("fs").writeFileSync(
      path.join(process.env.BENCH_RESULTS_DIR, "receipts.json"),
      JSON.stringify({ text: output.join("\n"), concurrent, versus, memory }, null, 2)
    )
  }
}

main().catch((error) => {
  console.error(error)
  process.exitCode = 1
})
