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
 *   options: --runs=N (renders per size, default 7)
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
const runs = Number((args.find((a) => a.startsWith("--runs=")) || "--runs=7").split("=")[1])

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
const { renderPurchaseReceipt, shutdownPdfRenderer } = require(pdfDir)
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

async function main() {
  const started = performance.now()
  const worker = await suite("worker", (data) => renderPurchaseReceipt(data))
  const inline = await suite("inline", (data) => renderDocument("purchase-receipt", data))
  await shutdownPdfRenderer()

  console.log(
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
    console.log(line.map((c, i) => pad(c, widths[i])).join(""))
  }
  console.log("\nabsolute render times on this machine (median ms):")
  for (const size of SIZES) {
    console.log(
      `  ${pad(size, 3)} rows: worker ${pad(fmt(worker.results[size].ms), 7)}  inline ${pad(
        fmt(inline.results[size].ms),
        7
      )}`
    )
  }
  console.log(`\ntotal ${fmt((performance.now() - started) / 1000)} s`)
}

main().catch((error) => {
  console.error(error)
  process.exitCode = 1
})
