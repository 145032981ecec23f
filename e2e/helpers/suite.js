/**
 * One app, one browser and one page shared by the tests of a spec file, run
 * in order. `flow(name, fn)` is `it()` with its own deadline, so that a
 * failure or a timeout leaves a screenshot, the page's HTML and the network
 * log in e2e/artifacts/ before jest moves on.
 */
"use strict"

const { App, sweepStaleTempDirs } = require("./app")
const { adminApi } = require("./api")
const {
  resetStaging,
  publishStaged,
  launchBrowser,
  NetworkRecorder,
  dumpFailure,
  SCREENSHOTS,
  ARTIFACTS,
} = require("./browser")

const MINUTE = 60 * 1000

function setupSuite({ startTimeout = 12 * MINUTE } = {}) {
  const ctx = {
    app: null,
    browser: null,
    page: null,
    network: null,
    admin: null, // admin API client (bearer token)
    timings: {},
    state: {}, // what one flow leaves for the next
  }

  beforeAll(async () => {
    resetStaging()
    sweepStaleTempDirs()
    const t0 = Date.now()
    ctx.app = new App()
    try {
      await ctx.app.start()
    } catch (error) {
      await dumpFailure(null, "app-start", ctx.app.tail(400))
      throw error
    }
    ctx.timings.appHealthy = ctx.app.timings.health
    ctx.timings.adminServed = ctx.app.timings.admin
    ctx.admin = await adminApi(ctx.app.baseUrl)
    ctx.browser = await launchBrowser()
    ctx.page = ctx.browser.context.pages()[0] || (await ctx.browser.context.newPage())
    ctx.network = new NetworkRecorder(ctx.app.baseUrl)
    ctx.network.attach(ctx.page)
    ctx.browser.context.on("page", (p) => ctx.network.attach(p))
    ctx.timings.ready = Date.now() - t0
  }, startTimeout)

  afterAll(async () => {
    await ctx.browser?.close()
    const stopped = await ctx.app?.stop()
    const { shots, artifacts } = publishStaged()
    const lines = [
      `app: /health after ${sec(ctx.timings.appHealthy)}, /app served after ${sec(ctx.timings.adminServed)}, browser ready after ${sec(ctx.timings.ready)}`,
      ...Object.entries(ctx.timings.flows || {}).map(([name, ms]) => `  ${sec(ms).padStart(7)}  ${name}`),
      `screenshots: ${shots.length} → ${SCREENSHOTS}`,
      ...restartLines(ctx),
      ...(artifacts.length ? [`failure artifacts: ${artifacts.length} → ${ARTIFACTS}`] : []),
      ...(stopped?.killed?.length
        ? [`had to SIGKILL after stop: ${stopped.killed.map((p) => p.cmd).join("; ")}`]
        : []),
    ]
    console.log(lines.join("\n"))
    if (stopped && stopped.code !== 0 && stopped.code !== null) {
      throw new Error(`scripts/dev.js exited with ${stopped.code}:\n${ctx.app.tail()}`)
    }
    if (stopped?.killed?.length) {
      throw new Error(`processes left behind after the app stopped: ${stopped.killed.map((p) => `${p.pid} ${p.cmd}`).join("\n")}`)
    }
  }, 3 * MINUTE)

  /**
   * A test. Its own deadline (timeout - 10 s) fires before jest's, so a hung
   * step still gets its failure dump.
   */
  function flow(name, fn, timeout = 5 * MINUTE) {
    it(
      name,
      async () => {
        if (!ctx.page) throw new Error("the app or the browser did not start (see beforeAll)")
        ctx.network.step = name
        const started = Date.now()
        let timer
        const deadline = new Promise((_, reject) => {
          timer = setTimeout(() => reject(new Error(`"${name}" did not finish within ${timeout - 10000} ms`)), timeout - 10000)
        })
        try {
          await Promise.race([fn(ctx), deadline])
        } catch (error) {
          const recent = ctx.network.entries.filter((e) => e.step.startsWith(name))
          await dumpFailure(
            ctx.page,
            name,
            [
              `${error.stack || error}`,
              "",
              `URL: ${ctx.page.isClosed() ? "(closed)" : ctx.page.url()}`,
              "",
              "Backend responses in this test:",
              NetworkRecorder.format(recent),
              "",
              "App log (tail):",
              ctx.app.tail(150),
            ].join("\n")
          )
          throw error
        } finally {
          clearTimeout(timer)
          ctx.timings.flows = { ...ctx.timings.flows, [name]: Date.now() - started }
        }
      },
      timeout
    )
  }

  return { ctx, flow }
}

/** `medusa develop` restarts on file changes in the repo: say when that happened. */
function restartLines(ctx) {
  const restarts = (ctx.app?.output || "").match(/\[Watcher\] .*(restarting|reloading) dev server/g) || []
  return restarts.length || ctx.relogins
    ? [
        `the app restarted ${restarts.length} time(s) during the run (files changed in the repo); logged in again ${ctx.relogins || 0} time(s)`,
        ...restarts.map((line) => `  ${line}`),
      ]
    : []
}

const sec = (ms) => (ms === undefined ? "?" : `${(ms / 1000).toFixed(1)} s`)

module.exports = { setupSuite, MINUTE }
