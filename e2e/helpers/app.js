/**
 * Starts the app under test the way a newcomer does, `node scripts/dev.js`,
 * on an empty embedded PostgreSQL in a temp directory, and stops it cleanly
 * (SIGTERM to dev.js alone: it takes medusa's process groups and PostgreSQL
 * down itself; see integration-tests/dev/dev-start.spec.js).
 *
 * Ports: E2E_PORT (9400) and E2E_PG_PORT (54400). E2E_BASE_URL=http://…
 * runs the suite against an app that is already running instead (quicker
 * while writing tests; its data is whatever earlier runs left).
 */
"use strict"

const { spawn } = require("child_process")
const fs = require("fs")
const net = require("net")
const os = require("os")
const path = require("path")
const { freePort } = require("../../scripts/embedded-db")

const ROOT = path.resolve(__dirname, "../..")
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))

function portInUse(port) {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host: "127.0.0.1" })
    socket.once("connect", () => {
      socket.destroy()
      resolve(true)
    })
    socket.once("error", () => resolve(false))
  })
}

/**
 * Temp directories an interrupted run left behind (Ctrl-C skips afterAll):
 * /tmp/e2e-pg-* and /tmp/e2e-chromium-* that no live process uses any more.
 */
function sweepStaleTempDirs() {
  const tmp = os.tmpdir()
  const candidates = fs
    .readdirSync(tmp)
    .filter((name) => /^e2e-(pg|chromium)-/.test(name))
    .map((name) => path.join(tmp, name))
  if (!candidates.length || !fs.existsSync("/proc")) return []
  const inUse = new Set()
  for (const pid of fs.readdirSync("/proc").filter((p) => /^\d+$/.test(p))) {
    try {
      const cmd = fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").replace(/\0/g, " ")
      for (const dir of candidates) if (cmd.includes(dir)) inUse.add(dir)
    } catch {
      // gone meanwhile
    }
  }
  const removed = []
  for (const dir of candidates) {
    try {
      if (inUse.has(dir) || Date.now() - fs.statSync(dir).mtimeMs < 60_000) continue
      fs.rmSync(dir, { recursive: true, force: true })
      removed.push(dir)
    } catch {
      // not ours to remove
    }
  }
  return removed
}

class App {
  constructor({ port = Number(process.env.E2E_PORT || 9400), pgPort = Number(process.env.E2E_PG_PORT || 54400) } = {}) {
    this.port = port
    this.pgPort = pgPort
    this.baseUrl = `http://localhost:${port}`
    this.output = ""
    this.child = null
    this.pgDir = null
    this.timings = {}
  }

  /** The last lines dev.js (and medusa, PostgreSQL) printed. */
  tail(lines = 80) {
    return this.output.split("\n").slice(-lines).join("\n")
  }

  async start({ healthTimeout = 8 * 60 * 1000, adminTimeout = 5 * 60 * 1000 } = {}) {
    if (process.env.E2E_BASE_URL) {
      this.baseUrl = process.env.E2E_BASE_URL.replace(/\/$/, "")
      this.external = true
      this.timings = { health: 0, admin: 0 }
      return this
    }
    // The default ports may be taken (another app, another run): then any
    // free port does. Ports set explicitly must be free.
    if (await portInUse(this.port)) {
      if (process.env.E2E_PORT) throw new Error(`E2E_PORT ${this.port} is taken`)
      this.port = await freePort()
      this.baseUrl = `http://localhost:${this.port}`
    }
    if (await portInUse(this.pgPort)) {
      if (process.env.E2E_PG_PORT) throw new Error(`E2E_PG_PORT ${this.pgPort} is taken`)
      this.pgPort = await freePort()
    }
    this.pgDir = fs.mkdtempSync(path.join(os.tmpdir(), "e2e-pg-"))
    const env = { ...process.env }
    // No database configured (a newcomer's machine), and not jest's test
    // environment either.
    for (const key of Object.keys(env)) {
      if (/^(DATABASE_URL|DB_\w+|JEST_\w+|NODE_ENV|NODE_OPTIONS)$/.test(key)) delete env[key]
    }
    Object.assign(env, {
      EMBEDDED_PG: "1", // even if a developer's .env configures a database
      EMBEDDED_PG_DIR: this.pgDir,
      EMBEDDED_PG_PORT: String(this.pgPort),
      PORT: String(this.port),
      E2E_RUN: path.basename(this.pgDir), // lets leftovers() find our processes
      // No "a new version is out" or telemetry calls to a closed network.
      MEDUSA_DISABLE_TELEMETRY: "true",
    })
    this.env = env

    const started = Date.now()
    // Not detached: dev.js stays in jest's process group, so a Ctrl-C of the
    // run reaches it too.
    this.child = spawn(process.execPath, ["scripts/dev.js"], { cwd: ROOT, env })
    this.child.stdout.on("data", (d) => this.append(d))
    this.child.stderr.on("data", (d) => this.append(d))
    this.exited = new Promise((resolve) => this.child.on("exit", (code) => resolve(code)))
    // Should jest exit without afterAll having stopped the app (--forceExit
    // after a hang), dev.js still gets its SIGTERM and takes medusa and
    // PostgreSQL down with it.
    const child = this.child
    process.once("exit", () => {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM")
    })

    await this.waitFor("/health", (res) => res.status === 200, healthTimeout)
    this.timings.health = Date.now() - started
    // The admin is compiled by Vite on its first load: wait for its page
    // here so that the browser's first visit is not the slow one.
    await this.waitFor("/app", (res) => res.status === 200, adminTimeout)
    this.timings.admin = Date.now() - started
    return this
  }

  append(data) {
    this.output += data
    if (this.output.length > 2_000_000) this.output = this.output.slice(-1_000_000)
    if (process.env.E2E_APP_LOG === "1") process.stderr.write(data)
  }

  /**
   * Waits until /health answers. `medusa develop` restarts the server when a
   * file in the repo changes (someone editing src/ while the suite runs):
   * navigation helpers call this so that a restart costs time, not a failure.
   */
  async healthy(ms = 3 * 60 * 1000) {
    await this.waitFor("/health", (res) => res.status === 200, ms)
  }

  async waitFor(route, ok, ms) {
    for (const deadline = Date.now() + ms; Date.now() < deadline; ) {
      if (this.child && this.child.exitCode !== null) throw new Error(`scripts/dev.js exited early:\n${this.tail()}`)
      const good = await fetch(this.baseUrl + route).then(ok, () => false)
      if (good) return
      await sleep(1000)
    }
    throw new Error(`${route} did not answer within ${ms} ms:\n${this.tail()}`)
  }

  /** Live processes this run started: ours by env, PostgreSQL by its data dir. */
  leftovers() {
    const found = []
    if (!this.pgDir || !this.env || !fs.existsSync("/proc")) return found
    const marker = `E2E_RUN=${this.env.E2E_RUN}`
    for (const pid of fs.readdirSync("/proc").filter((p) => /^\d+$/.test(p))) {
      try {
        const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8")
        if (stat.slice(stat.lastIndexOf(")") + 2).startsWith("Z")) continue
        const cmd = fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").replace(/\0/g, " ")
        const environ = fs.readFileSync(`/proc/${pid}/environ`, "utf8")
        if (environ.includes(marker) || cmd.includes(this.pgDir)) found.push({ pid: Number(pid), cmd })
      } catch {
        // gone meanwhile, or not ours to read
      }
    }
    return found
  }

  /**
   * SIGTERM to dev.js only; after 90 s, SIGKILL to whatever of ours is left.
   * Resolves with dev.js's exit code and the processes that had to be killed.
   */
  async stop() {
    if (!this.child) return { code: null, killed: [] }
    let code = this.child.exitCode
    if (code === null) {
      this.child.kill("SIGTERM")
      code = await Promise.race([this.exited, sleep(90000).then(() => "timeout")])
    }
    // dev.js has seen medusa and PostgreSQL exit; give the kernel a moment.
    for (let i = 0; i < 20 && this.leftovers().length; i++) await sleep(250)
    const killed = this.leftovers()
    for (const { pid } of killed) {
      try {
        process.kill(pid, "SIGKILL")
      } catch {
        // already gone
      }
    }
    if (this.pgDir) fs.rmSync(this.pgDir, { recursive: true, force: true })
    this.child = null
    return { code, killed }
  }
}

module.exports = { App, ROOT, sweepStaleTempDirs }
