#!/usr/bin/env node
/**
 * `npm run bench [-- --smoke] [-- <spec name pattern>]`: the benchmark suite.
 *
 * Builds the plugin (the benchmarks boot the same app as the HTTP tests,
 * integration-tests/app, which loads the BUILT plugin; SKIP_BUILD=1 reuses
 * .medusa/server), starts a throwaway embedded PostgreSQL unless a database
 * is configured (as scripts/test.js does), runs bench/*.bench.spec.ts in band
 * with jest, then the receipt benchmark, and writes every figure with the
 * machine and date into docs/benchmarks.md (not with --smoke, or when only
 * some benchmarks were selected: then the figures are printed only).
 *
 * Benchmarks report RATIOS measured side by side in the same run; they never
 * fail because something is slow. The exit code is non-zero only if a
 * benchmark could not run.
 *
 *   --smoke       tiny sizes (a quick check that everything runs), prints only
 *   <pattern>     only the specs whose path matches (jest's testPathPattern)
 */
"use strict"

const { spawn, execSync } = require("child_process")
const fs = require("fs")
const os = require("os")
const path = require("path")
const db = require("../scripts/embedded-db")
const { renderReport } = require("./lib/report")

const args = process.argv.slice(2)
const smoke = args.includes("--smoke")
const patterns = args.filter((a) => !a.startsWith("--"))

let child = null
let interrupted = false

function run(file, fileArgs, env, nodeArgs = []) {
  return new Promise((resolve) => {
    child = spawn(process.execPath, [...nodeArgs, file, ...fileArgs], { cwd: db.ROOT, env, stdio: "inherit" })
    child.on("error", (err) => {
      console.error(err)
      resolve(1)
    })
    child.on("exit", (code, signal) => {
      child = null
      resolve(code ?? (signal ? 1 : 0))
    })
  })
}

function machine() {
  const sh = (cmd) => {
    try {
      return execSync(cmd, { encoding: "utf8" }).trim()
    } catch {
      return "n/a"
    }
  }
  return {
    date: new Date().toISOString(),
    nproc: sh("nproc"),
    cpu: os.cpus()[0]?.model ?? "n/a",
    free: sh("free -h"),
    node: process.version,
    load: os.loadavg().map((l) => l.toFixed(2)).join(" "),
    commit: sh("git rev-parse --short HEAD"),
  }
}

function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]
}

/** (a) comes from the app without the plugin, (b) and (c) from the test app. */
function mergeCartResults(results) {
  const parts = [results["cart-core"], results["cart-plugin"]].filter(Boolean)
  if (!parts.length) return
  const timings = Object.assign({}, ...parts.map((p) => p.timings))
  const configs = Object.keys(timings).sort()
  const [a, b, c] = ["(a)", "(b)", "(c)"].map((k) => configs.find((n) => n.startsWith(k)))
  const ratios = [c && a && "(c)/(a)", c && b && "(c)/(b)", b && a && "(b)/(a)"].filter(Boolean)
  const ops = ["add line item", "update line item", "delete line item", "update cart", "complete"].map((name) => {
    const op = { name, ratios: {} }
    for (const cfg of configs) {
      const t = timings[cfg][name]
      if (t?.length) op[cfg] = { p50: percentile(t, 50), p95: percentile(t, 95), n: t.length }
    }
    const r = (x, y) => (op[x] && op[y] ? op[x].p50 / op[y].p50 : NaN)
    if (c && a) op.ratios["(c)/(a)"] = r(c, a)
    if (c && b) op.ratios["(c)/(b)"] = r(c, b)
    if (b && a) op.ratios["(b)/(a)"] = r(b, a)
    return op
  })
  const p = parts[parts.length - 1]
  results.cart = {
    configs,
    ratios,
    ops,
    description:
      `Through HTTP (js-sdk, like a storefront), one request at a time. Cart changes: ${p.iterations} iterations ` +
      `(after 5 unmeasured) of add a third product, set its quantity to 2, remove it, update the cart's metadata, on a cart ` +
      `holding two products (100 EUR each, no tax, free shipping); (c)'s customer has a 30 EUR deposit on each of the three ` +
      `products, so the cart carries 2-3 deposit lines. Completion: ${p.completions} fresh carts each (after 2 unmeasured; ` +
      `cart, shipping and payment session untimed), (c) with 1-3 deposit lines. (b) and (c) run interleaved on one app; ` +
      `(a) runs on a second app without the plugin (bench/app-core) booted afterwards in the same run, so it saw the ` +
      `machine at a different moment. Goal: (c)/(a) ≤ 1.10.`,
  }
}

async function main() {
  db.loadRepoEnv("test")
  const env = { ...process.env, NODE_ENV: "test" }
  env.NODE_OPTIONS = `${env.NODE_OPTIONS || ""} --experimental-vm-modules`.trim()
  const resultsDir = fs.mkdtempSync(path.join(os.tmpdir(), "medusa-bench-results-"))
  env.BENCH_RESULTS_DIR = resultsDir
  if (smoke) env.BENCH_SMOKE = "1"

  db.onShutdownSignals((signal) => {
    interrupted = true
    child?.kill(signal)
  })

  const started = Date.now()
  const before = machine()
  let server = null
  let tmp = null
  let code = 1
  try {
    if (!db.isDbConfigured(env)) {
      tmp = fs.mkdtempSync(path.join(os.tmpdir(), "medusa-bench-pg-"))
      server = await db.startEmbeddedPostgres({ dataDir: tmp, port: await db.freePort() })
      Object.assign(env, {
        DB_HOST: "localhost",
        DB_PORT: String(server.port),
        DB_USERNAME: db.USER,
        DB_PASSWORD: db.PASSWORD,
      })
    } else if (env.DATABASE_URL && !env.DB_HOST) {
      Object.assign(env, db.dbEnvFromUrl(env.DATABASE_URL))
    }

    code = 0
    if (env.SKIP_BUILD !== "1") {
      code = await run(require.resolve("@medusajs/cli/cli.js"), ["plugin:build"], env)
    }
    if (code === 0 && !interrupted) {
      const jest = require.resolve("jest/bin/jest")
      code = await run(
        jest,
        ["--config", "bench/jest.config.js", "--runInBand", "--forceExit", ...patterns],
        env
      )
    }
    if (code === 0 && !interrupted && (!patterns.length || patterns.some((p) => "receipt".includes(p)))) {
      code = await run(path.join(__dirname, "receipt-render.bench.js"), ["--compiled", ...(smoke ? ["--smoke"] : [])], {
        ...env,
        NODE_ENV: "production",
      })
    }
  } catch (err) {
    console.error(err)
    code = 1
  } finally {
    await server?.stop()
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true })
  }

  const results = {}
  for (const file of fs.readdirSync(resultsDir)) {
    results[path.basename(file, ".json")] = JSON.parse(fs.readFileSync(path.join(resultsDir, file), "utf8"))
  }
  fs.rmSync(resultsDir, { recursive: true, force: true })
  mergeCartResults(results)
  const complete = code === 0 && !interrupted
  const report = renderReport({ machine: before, smoke, complete, seconds: (Date.now() - started) / 1000, results })
  // A full run that stopped part-way still records what it measured (the
  // report says it is incomplete); the exit code says it failed.
  if (!smoke && !patterns.length && Object.keys(results).length) {
    const out = path.join(db.ROOT, "docs", "benchmarks.md")
    fs.writeFileSync(out, report)
    console.log(`\n[bench] wrote ${path.relative(db.ROOT, out)}`)
  } else {
    console.log(`\n${report}`)
  }
  process.exit(interrupted && code === 0 ? 130 : code)
}

main()
