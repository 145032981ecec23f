/**
 * Proves `npm run dev` (scripts/dev.js) on a machine with no database
 * configured: it must start an embedded PostgreSQL, migrate, seed, create the
 * admin, serve the API and the admin UI; and a second start on the same data
 * must reuse it (no second seed), leaving no process behind either time.
 */
const { spawn } = require("child_process")
const fs = require("fs")
const os = require("os")
const path = require("path")
const { freePort } = require("../../scripts/embedded-db")

const ROOT = path.resolve(__dirname, "../..")
const TIMEOUT = 6 * 60 * 1000
const ADMIN = { email: "admin@example.com", password: "supersecret" }
const SEEDED_HANDLES = ["refurbished-phone", "second-hand-novel"]
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))

let pgDir
let env
let dev = null // { child, output, exited }

beforeAll(async () => {
  pgDir = fs.mkdtempSync(path.join(os.tmpdir(), "dev-start-pg-"))
  env = { ...process.env }
  // No database configured, and not jest's test environment either.
  for (const key of Object.keys(env)) {
    if (/^(DATABASE_URL|DB_\w+|JEST_\w+|NODE_ENV|NODE_OPTIONS)$/.test(key)) delete env[key]
  }
  Object.assign(env, {
    EMBEDDED_PG: "1", // even if a developer's .env configures a database
    EMBEDDED_PG_DIR: pgDir,
    EMBEDDED_PG_PORT: String(await freePort()),
    PORT: String(await freePort()),
    DEV_START_TEST_RUN: path.basename(pgDir), // lets us find our processes
  })
})

afterAll(async () => {
  if (dev && dev.child.exitCode === null) await stop()
  fs.rmSync(pgDir, { recursive: true, force: true })
})

const base = () => `http://localhost:${env.PORT}`

/**
 * Not detached: dev.js stays in jest's process group, so a Ctrl-C of the test
 * run reaches it too (a detached one would be orphaned: jest's exit hooks do
 * not run on SIGINT). stop() signals dev.js alone, which is the point: it must
 * take down medusa (own process groups) and PostgreSQL by itself.
 */
function start() {
  const child = spawn(process.execPath, ["scripts/dev.js"], { cwd: ROOT, env })
  dev = { child, output: "" }
  child.stdout.on("data", (d) => (dev.output += d))
  child.stderr.on("data", (d) => (dev.output += d))
  dev.exited = new Promise((resolve) => child.on("exit", (code) => resolve(code)))
}

const tail = () => dev.output.split("\n").slice(-60).join("\n")

async function waitForHealth(ms = 5 * 60 * 1000) {
  for (const deadline = Date.now() + ms; Date.now() < deadline; ) {
    if (dev.child.exitCode !== null) throw new Error(`dev.js exited early:\n${tail()}`)
    const ok = await fetch(`${base()}/health`).then((r) => r.status === 200, () => false)
    if (ok) return
    await sleep(1000)
  }
  throw new Error(`no /health within ${ms} ms:\n${tail()}`)
}

async function stop() {
  dev.child.kill("SIGTERM")
  const code = await Promise.race([dev.exited, sleep(90000).then(() => "timeout")])
  if (code === "timeout") {
    for (const line of leftovers()) {
      try {
        process.kill(Number(line.split(" ")[0]), "SIGKILL")
      } catch {
        // already gone
      }
    }
  }
  return code
}

/** Live processes started by this test: ours by env, PostgreSQL by its -D dir. */
function leftovers() {
  const found = []
  if (!fs.existsSync("/proc")) return found // Linux only
  for (const pid of fs.readdirSync("/proc").filter((p) => /^\d+$/.test(p))) {
    try {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8")
      if (stat.slice(stat.lastIndexOf(")") + 2).startsWith("Z")) continue
      const cmd = fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").replace(/\0/g, " ")
      const environ = fs.readFileSync(`/proc/${pid}/environ`, "utf8")
      if (environ.includes(`DEV_START_TEST_RUN=${env.DEV_START_TEST_RUN}`) || cmd.includes(pgDir)) {
        found.push(`${pid} ${cmd}`)
      }
    } catch {
      // gone meanwhile, or not ours to read
    }
  }
  return found
}

async function expectNoLeftovers() {
  // Exit of dev.js means it saw medusa and PostgreSQL exit; allow a moment
  // for the kernel to finish tearing them down.
  for (let i = 0; i < 20 && leftovers().length; i++) await sleep(250)
  expect(leftovers()).toEqual([])
}

async function login() {
  const res = await fetch(`${base()}/auth/user/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(ADMIN),
  })
  expect(res.status).toBe(200)
  const { token } = await res.json()
  expect(token).toEqual(expect.any(String))
  return { authorization: `Bearer ${token}` }
}

async function adminProducts(headers) {
  const res = await fetch(`${base()}/admin/products?fields=handle&limit=100`, { headers })
  expect(res.status).toBe(200)
  return res.json()
}

let firstCount

it(
  "first start: embedded PostgreSQL, migrations, seed, admin user, API and admin UI",
  async () => {
    start()
    await waitForHealth()

    const headers = await login()
    const me = await fetch(`${base()}/admin/users/me`, { headers }).then((r) => r.json())
    expect(me.user.email).toBe(ADMIN.email)

    const app = await fetch(`${base()}/app`)
    expect(app.status).toBe(200)
    expect(app.headers.get("content-type")).toMatch(/text\/html/)
    expect(await app.text()).toMatch(/<html/i)

    const { products, count } = await adminProducts(headers)
    expect(products.map((p) => p.handle)).toEqual(expect.arrayContaining(SEEDED_HANDLES))
    firstCount = count
    expect(dev.output).toMatch(/\[dev\] seeding/)
    expect(dev.output).toContain(`http://localhost:${env.PORT}/app`)

    expect(await stop()).toBe(0)
    await expectNoLeftovers()
  },
  TIMEOUT
)

it(
  "second start on the same data: same admin login, no second seed",
  async () => {
    expect(firstCount).toBeGreaterThanOrEqual(SEEDED_HANDLES.length)
    start()
    await waitForHealth()

    const headers = await login()
    const { count } = await adminProducts(headers)
    expect(count).toBe(firstCount)
    expect(dev.output).not.toMatch(/\[dev\] seeding|\[dev\] creating admin/)

    expect(await stop()).toBe(0)
    await expectNoLeftovers()
  },
  TIMEOUT
)
