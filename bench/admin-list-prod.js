#!/usr/bin/env node
/**
 * `node bench/admin-list-prod.js [--purchases 60] [--runs 5] [--json]`: how long the
 * admin's Customer Purchases list takes to open on a PRODUCTION build, in
 * Chromium. Reported, never asserted (the target is under 2 s).
 *
 *   1. copies the app (src/, scripts/, configs) to a temp dir, node_modules
 *      symlinked, so `medusa build` does not overwrite this repo's
 *      .medusa/server (the plugin build the tests load)
 *   2. `medusa build` (server + admin bundle), an embedded PostgreSQL,
 *      `medusa db:migrate`, the dev seed, an admin user
 *   3. `medusa start` (NODE_ENV=production) from .medusa/server
 *   4. N purchases through the admin API, then in Chromium: a full page load
 *      of /app/customer-purchases until the first purchase row is visible,
 *      `--runs` times, and the same opened from the sidebar (client-side)
 *
 * Takes ~4-6 min on 2 cores (most of it the build). Prints the figures and
 * the machine; everything it started is stopped and removed at the end.
 */
"use strict"

const { spawn } = require("child_process")
const fs = require("fs")
const os = require("os")
const path = require("path")
const db = require("../scripts/embedded-db")
const { adminApi } = require("../e2e/helpers/api")

const ROOT = path.resolve(__dirname, "..")
const MEDUSA_CLI = require.resolve("@medusajs/cli/cli.js")
const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium"
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`)
  return i > 0 ? Number(process.argv[i + 1]) : fallback
}
const PURCHASES = arg("purchases", 60)
const RUNS = arg("runs", 5)
const ADMIN = { email: "admin@example.com", password: "supersecret" }

const children = new Set()
const sleep = (ms) => new Promise((r) => setTimeout(r, ms))

/** Runs the Medusa CLI; resolves with its exit code (output kept for errors). */
function medusa(args, { cwd, env, detached = false }) {
  const child = spawn(process.execPath, [MEDUSA_CLI, ...args], { cwd, env, detached })
  children.add(child)
  child.output = ""
  const keep = (d) => {
    child.output = (child.output + d).slice(-20000)
  }
  child.stdout.on("data", keep)
  child.stderr.on("data", keep)
  child.done = new Promise((resolve) =>
    child.on("exit", (code) => {
      children.delete(child)
      resolve(code)
    })
  )
  return child
}

async function must(label, args, opts) {
  const t0 = Date.now()
  const child = medusa(args, opts)
  const code = await child.done
  if (code !== 0) throw new Error(`${label} exited with ${code}:\n${child.output.slice(-4000)}`)
  return Date.now() - t0
}

function copyApp(dir) {
  for (const entry of ["src", "scripts", "medusa-config.ts", "package.json", "tsconfig.json"]) {
    fs.cpSync(path.join(ROOT, entry), path.join(dir, entry), {
      recursive: true,
      filter: (from) => !/__tests__|__admin-extensions__/.test(from),
    })
  }
  fs.symlinkSync(fs.realpathSync(path.join(ROOT, "node_modules")), path.join(dir, "node_modules"))
}

async function waitHealthy(baseUrl, server, ms = 180000) {
  for (const deadline = Date.now() + ms; Date.now() < deadline; ) {
    if (server.exitCode !== null) throw new Error(`medusa start exited:\n${server.output.slice(-4000)}`)
    try {
      if ((await fetch(`${baseUrl}/health`)).ok) return
    } catch {
      // not listening yet
    }
    await sleep(500)
  }
  throw new Error(`no /health within ${ms} ms:\n${server.output.slice(-4000)}`)
}

async function createPurchases(admin, count) {
  await admin.post("/admin/purchase-settings", { enabled: true })
  for (let i = 0; i < count; i++) {
    await admin.post("/admin/customer-purchases", {
      customer: { first_name: "Seller", last_name: `No ${i + 1}`, email: `seller-${i + 1}@example.com` },
      currency_code: "eur",
      items: [
        { title: `Phone ${i + 1}`, serial_number: `IMEI${100000 + i}`, unit_price: 100 + i },
        { title: "Cable", quantity: 2, unit_price: "2.50" },
      ],
    })
  }
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]

/** ms from navigation to `row` visible; null if the session was lost. */
async function fullLoad(page, url, row) {
  const t0 = Date.now()
  await page.goto(url, { waitUntil: "commit" })
  const shown = await Promise.race([
    row.waitFor().then(() => "list"),
    page.waitForURL(/\/app\/login/, { timeout: 60000 }).then(() => "login"),
  ])
  return shown === "login" ? null : Date.now() - t0
}

async function measure(baseUrl, runs) {
  const { chromium } = require("playwright-core")
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox", "--disable-gpu"] })
  try {
    // A production build marks the session cookie Secure, and express-session
    // sets it only on a request it sees as HTTPS. Deployed, a TLS proxy says so
    // with X-Forwarded-Proto (Medusa trusts one proxy hop); this run plays it.
    const page = await browser.newPage({
      viewport: { width: 1280, height: 800 },
      extraHTTPHeaders: { "X-Forwarded-Proto": "https" },
    })
    page.setDefaultTimeout(60000)
    await page.goto(`${baseUrl}/app/login`)
    await page.getByPlaceholder("Email", { exact: true }).fill(ADMIN.email)
    await page.getByPlaceholder("Password", { exact: true }).fill(ADMIN.password)
    await page.getByRole("button", { name: "Continue with Email" }).click()
    await page.waitForURL(/\/app\/orders/)
    const firstRow = page.getByRole("row").filter({ hasText: "P-" }).first()

    // Warm-up from the sidebar (client-side): fills the browser cache.
    await page.getByRole("link", { name: "Customer Purchases" }).click()
    await firstRow.waitFor()

    const fromSidebar = []
    for (let i = 0; i < runs; i++) {
      await page.getByRole("link", { name: "Orders", exact: true }).click()
      await page.waitForURL(/\/app\/orders/)
      const t0 = Date.now()
      await page.getByRole("link", { name: "Customer Purchases" }).click()
      await firstRow.waitFor()
      fromSidebar.push(Date.now() - t0)
    }
    // Full page loads need the session to survive a reload (see the
    // X-Forwarded-Proto header above); if it does not, no figure is taken.
    // Full page loads, alternating with core's Products list (the dev seed's
    // products) as the baseline measured in the same run.
    const productRow = page.getByRole("row").filter({ hasText: "Refurbished phone" }).first()
    const fullLoads = []
    const coreFullLoads = []
    for (let i = 0; i < runs; i++) {
      const ours = await fullLoad(page, `${baseUrl}/app/customer-purchases`, firstRow)
      const core = await fullLoad(page, `${baseUrl}/app/products`, productRow)
      if (ours === null || core === null) break
      fullLoads.push(ours)
      coreFullLoads.push(core)
    }
    return { fullLoads, coreFullLoads, fromSidebar }
  } catch (error) {
    // What the browser showed, for the report.
    const [page] = browser.contexts().flatMap((c) => c.pages())
    if (page) {
      const shot = path.join(os.tmpdir(), `admin-list-prod-failure-${Date.now()}.png`)
      await page.screenshot({ path: shot }).catch(() => {})
      console.error(`failed at ${page.url()}; screenshot: ${shot}`)
    }
    throw error
  } finally {
    await browser.close()
  }
}

/** Builds, starts and measures; resolves with the figures and the report's lines. */
async function measureAdminListOnProductionBuild({ purchases = PURCHASES, runs = RUNS } = {}) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-prod-"))
  let pg = null
  try {
    copyApp(dir)
    const port = await db.freePort()
    pg = await db.startEmbeddedPostgres({ dataDir: path.join(dir, "pg"), port: await db.freePort(), database: "medusa", log: () => {} })
    const env = { ...process.env, DATABASE_URL: pg.url, NODE_ENV: "production", PORT: String(port) }
    for (const key of Object.keys(env)) if (/^(DB_\w+|JEST_\w+|NODE_OPTIONS)$/.test(key)) delete env[key]
    const baseUrl = `http://localhost:${port}`

    const timings = {}
    timings.build = await must("medusa build", ["build"], { cwd: dir, env })
    const server = path.join(dir, ".medusa", "server")
    fs.symlinkSync(path.join(dir, "node_modules"), path.join(server, "node_modules"))
    timings.migrate = await must("db:migrate", ["db:migrate"], { cwd: server, env })
    timings.seed = await must("seed", ["exec", "./scripts/seed-dev-store.ts"], { cwd: dir, env: { ...env, NODE_ENV: "development" } })
    await must("admin user", ["user", "-e", ADMIN.email, "-p", ADMIN.password], { cwd: server, env })

    const start = medusa(["start"], { cwd: server, env, detached: true })
    const t0 = Date.now()
    await waitHealthy(baseUrl, start)
    timings.start = Date.now() - t0

    const admin = await adminApi(baseUrl)
    await createPurchases(admin, purchases)
    const { fullLoads, coreFullLoads, fromSidebar } = await measure(baseUrl, runs)

    const s = (ms) => `${(ms / 1000).toFixed(2)} s`
    const report = [
      `Customer Purchases list on a production build (medusa build + medusa start), ${purchases} purchases, 20 a page`,
      `machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? "?"}, ${Math.round(os.totalmem() / 2 ** 30)} GB, load ${os.loadavg()[0].toFixed(1)}, node ${process.version}, ${new Date().toISOString()}`,
      `build ${s(timings.build)}, migrate ${s(timings.migrate)}, start to /health ${s(timings.start)}`,
      fullLoads.length
        ? `full page load → first row: median ${s(median(fullLoads))} (${fullLoads.map(s).join(", ")}); ` +
          `core Products list in the same run: median ${s(median(coreFullLoads))}, ratio ${(median(fullLoads) / median(coreFullLoads)).toFixed(2)}×`
        : "full page load: not measured (the session did not survive a reload)",
      `from the sidebar → first row: median ${s(median(fromSidebar))} (${fromSidebar.map(s).join(", ")})`,
      `target: under 2 s (reported, not asserted)`,
    ]
    return { timings, fullLoads, coreFullLoads, fromSidebar, report }
  } finally {
    for (const child of children) {
      try {
        process.kill(-child.pid, "SIGTERM")
      } catch {
        child.kill("SIGTERM")
      }
    }
    await sleep(2000)
    await pg?.stop()
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

// The browser suite runs this script (e2e/admin-list-production.e2e.spec.js)
// and reads the figures from the last line, printed as JSON with `--json`.
measureAdminListOnProductionBuild()
  .then(({ report, ...figures }) => {
    console.log(report.join("\n"))
    if (process.argv.includes("--json")) console.log(JSON.stringify(figures))
  })
  .catch((error) => {
    console.error(error)
    process.exitCode = 1
  })
