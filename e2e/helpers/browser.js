/**
 * Debian's Chromium driven by playwright-core (no browser download), one
 * fresh profile per run, a 1280×800 viewport; a network recorder; screenshots
 * and failure dumps.
 *
 * Files are written to a staging folder (e2e/.run/, a dot folder) during the
 * run and copied to docs/screenshots/ and e2e/artifacts/ after the app has
 * stopped: `medusa develop` restarts the server on any new file in the repo
 * outside dot folders, node_modules, src/admin and .medusa.
 */
"use strict"

const fs = require("fs")
const os = require("os")
const path = require("path")
const { chromium } = require("playwright-core")

const ROOT = path.resolve(__dirname, "../..")
const STAGING = path.join(ROOT, "e2e", ".run")
const STAGED_SHOTS = path.join(STAGING, "screenshots")
const STAGED_ARTIFACTS = path.join(STAGING, "artifacts")
const SCREENSHOTS = path.join(ROOT, "docs", "screenshots")
const ARTIFACTS = path.join(ROOT, "e2e", "artifacts")
const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium"
const VIEWPORT = { width: 1280, height: 800 }

const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-dev-shm-usage",
]

function resetStaging() {
  fs.rmSync(STAGING, { recursive: true, force: true })
  fs.mkdirSync(STAGED_SHOTS, { recursive: true })
  fs.mkdirSync(STAGED_ARTIFACTS, { recursive: true })
}

/** After the app has stopped: staged files to where they belong. */
function publishStaged() {
  const copy = (from, to, { replace }) => {
    if (!fs.existsSync(from)) return []
    const files = fs.readdirSync(from)
    if (!files.length) return []
    if (replace) fs.rmSync(to, { recursive: true, force: true })
    fs.mkdirSync(to, { recursive: true })
    for (const f of files) fs.copyFileSync(path.join(from, f), path.join(to, f))
    return files
  }
  // Screenshots: only the ones taken this run are updated (a partial run
  // must not delete the others).
  const shots = copy(STAGED_SHOTS, SCREENSHOTS, { replace: false })
  // Artifacts: this run's failures only.
  const artifacts = copy(STAGED_ARTIFACTS, ARTIFACTS, { replace: true })
  fs.rmSync(STAGING, { recursive: true, force: true })
  return { shots, artifacts }
}

async function launchBrowser() {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium (or set CHROMIUM_PATH)`)
  }
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "e2e-chromium-"))
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: VIEWPORT,
    acceptDownloads: true,
    locale: "en-US",
    timezoneId: "Europe/Amsterdam",
  })
  context.setDefaultTimeout(Number(process.env.E2E_ACTION_TIMEOUT || 30000))
  context.setDefaultNavigationTimeout(120000)
  return {
    context,
    async close() {
      await context.close().catch(() => {})
      fs.rmSync(profile, { recursive: true, force: true })
    },
  }
}

/**
 * Records every response from the backend (same origin as the app, API
 * paths: /admin, /auth, /store) with the step it happened in. Errors that a
 * step provokes on purpose are declared with expect(); everything else with
 * status >= 400 is unexpected.
 */
class NetworkRecorder {
  constructor(baseUrl) {
    this.origin = new URL(baseUrl).origin
    this.entries = []
    this.expected = []
    this.step = "(start)"
    this.failedRequests = []
  }

  attach(page) {
    page.on("response", (response) => {
      const url = response.url()
      if (!url.startsWith(this.origin)) return
      const { pathname } = new URL(url)
      if (!/^\/(admin|auth|store)(\/|$)/.test(pathname)) return
      this.entries.push({
        step: this.step,
        method: response.request().method(),
        url,
        pathname,
        status: response.status(),
      })
    })
    page.on("requestfailed", (request) => {
      const url = request.url()
      if (!url.startsWith(this.origin)) return
      this.failedRequests.push({ step: this.step, method: request.method(), url, error: request.failure()?.errorText })
    })
  }

  /**
   * Declares an error response the current step provokes on purpose; the
   * same response in any other step is still unexpected.
   */
  expect({ status, path: pathPattern, method }) {
    this.expected.push({ step: this.step, status, path: pathPattern, method })
  }

  isExpected(entry) {
    return this.expected.some(
      (e) =>
        e.step === entry.step &&
        e.status === entry.status &&
        (!e.method || e.method === entry.method) &&
        (e.path instanceof RegExp ? e.path.test(entry.pathname) : entry.pathname === e.path)
    )
  }

  errors({ since = 0 } = {}) {
    return this.entries.slice(since).filter((e) => e.status >= 400 && !this.isExpected(e))
  }

  mark() {
    return this.entries.length
  }

  static format(entries) {
    return entries.map((e) => `${e.status} ${e.method} ${e.url}   [${e.step}]`).join("\n")
  }
}

function slug(text) {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 80)
}

// Toasts come and go: keep them out of the documentation screenshots.
const SCREENSHOT_STYLE = "[data-sonner-toaster] { display: none !important; }"

/** The sizes every documentation screenshot is taken at: `<name>.png`, then `<name>-1024.png`. */
const SCREENSHOT_SIZES = [
  { ...VIEWPORT, suffix: "" },
  { width: 1024, height: 768, suffix: "-1024" },
]

/**
 * Viewport-sized PNGs of the page (or a locator) for docs/screenshots/, at
 * 1280×800 and at 1024×768 (a small laptop, the sidebar still open): the
 * page is resized, given a moment to lay out again, shot, and put back.
 */
async function screenshot(page, name, { locator } = {}) {
  const files = []
  try {
    for (const { width, height, suffix } of SCREENSHOT_SIZES) {
      const current = page.viewportSize()
      if (!current || current.width !== width || current.height !== height) {
        await page.setViewportSize({ width, height })
        await page.waitForTimeout(400) // media queries, ResizeObservers
      }
      const file = path.join(STAGED_SHOTS, `${name}${suffix}.png`)
      const options = { path: file, animations: "disabled", caret: "hide", style: SCREENSHOT_STYLE }
      if (locator) await locator.screenshot(options)
      else await page.screenshot(options)
      files.push(file)
    }
  } finally {
    await page.setViewportSize(VIEWPORT)
  }
  return files
}

/** On failure: a screenshot, the page's HTML and the recent network, under the test's name. */
async function dumpFailure(page, name, extra = "") {
  const base = path.join(STAGED_ARTIFACTS, slug(name) || "failure")
  const written = []
  try {
    if (page && !page.isClosed()) {
      await page.screenshot({ path: `${base}.png`, fullPage: true, timeout: 15000 }).catch(() => {})
      written.push(`${base}.png`)
      const html = await page.content().catch((e) => `<!-- page.content() failed: ${e.message} -->`)
      fs.writeFileSync(`${base}.html`, `<!-- ${page.url()} -->\n${html}`)
      written.push(`${base}.html`)
    }
  } catch {
    // best effort
  }
  if (extra) {
    fs.writeFileSync(`${base}.txt`, extra)
    written.push(`${base}.txt`)
  }
  return written
}

module.exports = {
  CHROMIUM,
  VIEWPORT,
  STAGING,
  SCREENSHOTS,
  ARTIFACTS,
  resetStaging,
  publishStaged,
  launchBrowser,
  NetworkRecorder,
  screenshot,
  dumpFailure,
  slug,
}
