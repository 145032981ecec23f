/**
 * `npm run dev`: runs this repo as a Medusa app (admin at /app), ready to use:
 *
 *   1. database: DATABASE_URL or DB_* (env or .env); when neither is set (or
 *      EMBEDDED_PG=1), an embedded PostgreSQL keeps its data in .pgdata/
 *   2. `medusa db:migrate`
 *   3. seed the store once (scripts/seed-dev-store.ts)
 *   4. create the admin user once
 *   5. `medusa develop`, then print the admin URL and login
 *
 * Env: PORT (9000), ADMIN_EMAIL (admin@example.com), ADMIN_PASSWORD
 * (supersecret), EMBEDDED_PG_PORT (54320), EMBEDDED_PG_DIR (.pgdata).
 * Ctrl-C, or SIGTERM/SIGINT to this process alone, stops medusa (every
 * process it forked) and PostgreSQL before exiting. Reset the dev data with
 * `rm -rf .pgdata`.
 */
"use strict"

const { spawn } = require("child_process")
const fs = require("fs")
const path = require("path")
const db = require("./embedded-db")

const MEDUSA_CLI = require.resolve("@medusajs/cli/cli.js")
const SEED_MARKER = "Dev store (seed)" // SEED_MARKER in seed-dev-store.ts

let current = null // the medusa command running now
let stopping = false
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Is any live (non-zombie) process left in process group `pgid`?
 * `medusa develop` forks the server as a child and does not stop it when it
 * is itself terminated, so we track the whole group, not just our child.
 */
function groupAlive(pgid) {
  if (process.platform !== "linux") {
    try {
      process.kill(-pgid, 0)
      return true
    } catch {
      return false
    }
  }
  return fs.readdirSync("/proc").some((pid) => {
    try {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8")
      const [state, , pgrp] = stat.slice(stat.lastIndexOf(")") + 2).split(" ")
      return pgrp === String(pgid) && state !== "Z"
    } catch {
      return false // not a pid, or it just exited
    }
  })
}

function signalGroup(pgid, signal) {
  try {
    process.kill(-pgid, signal)
  } catch {
    // already gone
  }
}

/**
 * Runs `medusa <args>` in its own process group (so a stop reaches every
 * process it forks) and resolves { code, output } once the whole group is
 * gone. Output is captured (and still shown) only when asked for.
 */
function medusa(args, env, { capture = false } = {}) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [MEDUSA_CLI, ...args], {
      cwd: db.ROOT,
      env,
      detached: true,
      stdio: ["ignore", capture ? "pipe" : "inherit", capture ? "pipe" : "inherit"],
    })
    current = child
    let output = ""
    if (capture) {
      const keep = (stream) => (d) => {
        output += d
        stream.write(d)
      }
      child.stdout.on("data", keep(process.stdout))
      child.stderr.on("data", keep(process.stderr))
    }
    child.on("close", async (code) => {
      // Leftovers (e.g. develop's forked server): ask, then insist.
      signalGroup(child.pid, "SIGTERM")
      for (let waited = 0; groupAlive(child.pid); waited += 200) {
        if (waited === 20000) signalGroup(child.pid, "SIGKILL")
        await sleep(200)
      }
      current = null
      resolve({ code: code ?? 1, output })
    })
  })
}

/** What is already in the database: the seed marker key and the admin user. */
async function probe(url, email) {
  const { Client } = db.loadPg()
  const client = new Client({ connectionString: url })
  await client.connect()
  try {
    const key = await client.query(
      "SELECT token FROM api_key WHERE title = $1 AND type = 'publishable' AND deleted_at IS NULL",
      [SEED_MARKER]
    )
    const user = await client.query(
      'SELECT 1 FROM "user" WHERE email = $1 AND deleted_at IS NULL',
      [email]
    )
    return { publishableKey: key.rows[0]?.token, hasAdmin: user.rowCount > 0 }
  } finally {
    await client.end()
  }
}

/** Prints where to log in once /health answers (the logs above are long). */
async function announceWhenUp(port, lines) {
  while (current && !stopping) {
    const ok = await fetch(`http://localhost:${port}/health`).then((r) => r.ok, () => false)
    if (ok) {
      const rule = "=".repeat(64)
      console.log(`\n${rule}\n${lines.map((l) => `  ${l}`).join("\n")}\n${rule}\n`)
      return
    }
    await sleep(1000)
  }
}

async function prepareAndDevelop(env) {
  const email = env.ADMIN_EMAIL || "admin@example.com"
  const password = env.ADMIN_PASSWORD || "supersecret"
  const port = env.PORT || "9000"
  env.PORT = port

  if ((await medusa(["db:migrate"], env)).code !== 0) return stopping ? 0 : fail("db:migrate failed")

  let state = await probe(env.DATABASE_URL, email)
  if (!state.publishableKey && !stopping) {
    console.log("[dev] seeding the development store")
    const seed = await medusa(["exec", "./scripts/seed-dev-store.ts"], env)
    if (seed.code !== 0) return stopping ? 0 : fail("seeding failed")
    state = await probe(env.DATABASE_URL, email)
  }
  if (!state.hasAdmin && !stopping) {
    console.log(`[dev] creating admin user ${email}`)
    const user = await medusa(["user", "-e", email, "-p", password], env, { capture: true })
    if (user.code !== 0 && !/already exists/i.test(user.output) && !stopping) {
      return fail("creating the admin user failed")
    }
  }
  if (stopping) return 0

  const develop = medusa(["develop"], env)
  announceWhenUp(port, [
    `Medusa admin:    http://localhost:${port}/app`,
    `Login:           ${email} / ${password}`,
    `Publishable key: ${state.publishableKey || "(none)"}`,
    `Database:        ${env.DATABASE_URL.replace(/:[^:@/]*@/, ":***@")}`,
  ])
  const { code } = await develop
  return stopping ? 0 : code
}

function fail(message) {
  console.error(`[dev] ${message}`)
  return 1
}

async function main() {
  db.loadRepoEnv(process.env.NODE_ENV || "development")
  const env = { ...process.env }

  // If whoever reads our output is gone (e.g. an interrupted test run),
  // writing must not crash us before medusa and PostgreSQL are stopped.
  process.stdout.on("error", () => {})
  process.stderr.on("error", () => {})
  db.onShutdownSignals(() => {
    stopping = true
    if (current) signalGroup(current.pid, "SIGTERM")
  })

  let server = null
  let code = 1
  try {
    if (!db.isDbConfigured(env) || env.EMBEDDED_PG === "1") {
      server = await db.startEmbeddedPostgres({
        dataDir: path.resolve(db.ROOT, env.EMBEDDED_PG_DIR || ".pgdata"),
        port: Number(env.EMBEDDED_PG_PORT || 54320),
        database: "medusa",
      })
      env.DATABASE_URL = server.url
    } else if (!env.DATABASE_URL) {
      // medusa-config.ts reads DATABASE_URL only.
      const auth = `${encodeURIComponent(env.DB_USERNAME || "postgres")}:${encodeURIComponent(env.DB_PASSWORD || "")}`
      env.DATABASE_URL = `postgres://${auth}@${env.DB_HOST}:${env.DB_PORT || 5432}/${env.DB_NAME || "medusa"}`
    }
    if (!stopping) code = await prepareAndDevelop(env)
  } catch (err) {
    console.error(err)
  } finally {
    await server?.stop()
  }
  process.exit(stopping ? 0 : code)
}

main()
