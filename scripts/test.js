/**
 * `npm test [-- <jest args>]`: builds the plugin (the HTTP tests load it from
 * .medusa/server), then runs jest, two suites at a time (see workerArgs).
 * With no database configured (no DATABASE_URL / DB_HOST, also in .env /
 * .env.test) it runs a throwaway embedded PostgreSQL in a temp directory for
 * the duration of the run.
 *
 *   npm test                              every project but e2e
 *   npm test -- --selectProjects unit     no database server, no build
 *   SKIP_BUILD=1 npm test                 reuse the existing .medusa/server
 *   npm run test:e2e                      the browser suite (--selectProjects=e2e)
 */
"use strict"

const { spawn } = require("child_process")
const fs = require("fs")
const os = require("os")
const path = require("path")
const db = require("./embedded-db")

// Projects that need neither the built plugin nor our database (dev and e2e
// start their own PostgreSQL): selecting only these skips both.
const SELF_CONTAINED_PROJECTS = ["unit", "dev", "e2e"]
// Run only when selected (`npm run test:e2e`): a browser, minutes long.
const OPT_IN_PROJECTS = ["e2e"]

/** The values of every `--selectProjects a b` / `--selectProjects=a` in args. */
function selectedProjects(args) {
  let selected = null
  for (let i = 0; i < args.length; i++) {
    const [flag, inline] = args[i].split("=", 2)
    if (flag !== "--selectProjects") continue
    selected = selected || []
    if (inline !== undefined) selected.push(inline)
    else while (args[i + 1] && !args[i + 1].startsWith("-")) selected.push(args[++i])
  }
  return selected
}

/** Every project in jest.config.js but the opt-in ones. */
function defaultProjects() {
  return require(path.join(db.ROOT, "jest.config.js"))
    .projects.map((p) => p.displayName)
    .filter((name) => !OPT_IN_PROJECTS.includes(name))
}

/**
 * Two suites at a time by default (TEST_WORKERS=1 for one process, in band):
 * a suite spends much of its time waiting on PostgreSQL and its app's I/O,
 * so on two cores two suites take far less than twice one. Each suite has
 * its own database (test-utils names it per suite and worker). The browser
 * suite stays in band: its specs each start an app and a browser.
 */
function workerArgs(env, selected) {
  const workers = selected?.includes("e2e") ? 1 : Number(env.TEST_WORKERS || 2)
  return workers > 1 ? [`--maxWorkers=${workers}`, "--workerIdleMemoryLimit=3GB"] : ["--runInBand"]
}

let child = null
let interrupted = false

function run(file, args, env) {
  return new Promise((resolve) => {
    child = spawn(process.execPath, [file, ...args], { cwd: db.ROOT, env, stdio: "inherit" })
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

async function main() {
  const args = process.argv.slice(2)
  db.loadRepoEnv("test")
  const env = { ...process.env }
  // Every suite boots a whole Medusa app, and jest keeps part of each one
  // alive: in one process the default heap (~4 GB) ran out after 40+ suites.
  // Workers are also recycled once they hold more than WORKER_MEMORY_LIMIT.
  const heap = /--max-old-space-size/.test(env.NODE_OPTIONS || "") ? "" : " --max-old-space-size=8192"
  env.NODE_OPTIONS = `${env.NODE_OPTIONS || ""} --experimental-vm-modules${heap}`.trim()

  // Ctrl-C: let the running child stop; the finally block below stops PostgreSQL.
  db.onShutdownSignals((signal) => {
    interrupted = true
    child?.kill(signal)
  })

  let server = null
  let tmp = null
  let code = 1
  const selected = selectedProjects(args)
  const full = !selected || selected.some((p) => !SELF_CONTAINED_PROJECTS.includes(p))
  try {
    if (full && !db.isDbConfigured(env)) {
      tmp = fs.mkdtempSync(path.join(os.tmpdir(), "medusa-test-pg-"))
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
    if (full && env.SKIP_BUILD !== "1" && !interrupted) {
      code = await run(require.resolve("@medusajs/cli/cli.js"), ["plugin:build"], env)
    }
    if (code === 0 && !interrupted) {
      const jest = require.resolve("jest/bin/jest")
      // The project flags go last: jest reads every word after
      // --selectProjects (even in its `=` form) as a project name, so a test
      // path after them would be swallowed and every test would run.
      const projects = selected ? [] : defaultProjects().map((name) => `--selectProjects=${name}`)
      code = await run(jest, [...workerArgs(env, selected), "--forceExit", ...args, ...projects], env)
    }
  } catch (err) {
    console.error(err)
    code = 1
  } finally {
    await server?.stop()
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true })
  }
  process.exit(interrupted && code === 0 ? 130 : code)
}

main()
