/**
 * Small helpers over playwright-core's locators (there is no @playwright/test
 * `expect` here): navigate, wait for real UI states, read text.
 */
"use strict"

const ADMIN = { email: "admin@example.com", password: "supersecret" }

/**
 * Goes to an admin path ("/customer-purchases") once the server answers, and
 * waits for the dashboard's shell (the signed-in user in the sidebar). If the
 * dashboard asks to log in again, it does: sessions live in the server's
 * memory, and `medusa develop` restarts the server when a file in the repo
 * changes (ctx.relogins counts how often that happened).
 */
async function gotoAdmin(ctx, adminPath, { timeout = 120000 } = {}) {
  const { page } = ctx
  await ctx.app.healthy()
  await page.goto(`${ctx.app.baseUrl}/app${adminPath}`, { waitUntil: "domcontentloaded" })
  if (adminPath.startsWith("/login")) return
  const shell = page.getByText(ADMIN.email, { exact: true })
  // Exact: the plugin's own forms have placeholders that mention "email".
  const loginForm = page.getByPlaceholder("Email", { exact: true })
  await visible(shell.or(loginForm), { timeout, what: `the dashboard at ${adminPath}` })
  if (new URL(page.url()).pathname.startsWith("/app/login") && (await loginForm.isVisible())) {
    ctx.relogins = (ctx.relogins || 0) + 1
    // The dashboard learnt it was logged out from 401s: caused by the
    // restart, not by the screens (the run's summary reports the restarts).
    ctx.network?.expect({ status: 401, path: /^\/admin\// })
    await fillLogin(page)
    await page.waitForURL((url) => !url.pathname.startsWith("/app/login"), { timeout })
    await visible(shell, { timeout, what: `the dashboard at ${adminPath} after logging in again` })
  }
}

async function fillLogin(page) {
  await page.getByPlaceholder("Email", { exact: true }).fill(ADMIN.email)
  await page.getByPlaceholder("Password", { exact: true }).fill(ADMIN.password)
  await page.getByRole("button", { name: "Continue with Email" }).click()
}

/** Waits for the locator to be visible; the error names what was awaited. */
async function visible(locator, { timeout = 30000, what } = {}) {
  try {
    await locator.first().waitFor({ state: "visible", timeout })
  } catch (error) {
    throw new Error(`not visible within ${timeout} ms: ${what || locator}\n${error.message.split("\n")[0]}`)
  }
  return locator.first()
}

async function hidden(locator, { timeout = 30000, what } = {}) {
  try {
    await locator.first().waitFor({ state: "hidden", timeout })
  } catch (error) {
    throw new Error(`still visible after ${timeout} ms: ${what || locator}\n${error.message.split("\n")[0]}`)
  }
}

/** Polls fn until it returns a truthy value (for API-side state). */
async function until(fn, { timeout = 30000, interval = 500, what = "condition" } = {}) {
  let last
  for (const deadline = Date.now() + timeout; Date.now() < deadline; ) {
    last = await fn()
    if (last) return last
    await new Promise((r) => setTimeout(r, interval))
  }
  throw new Error(`${what} not met within ${timeout} ms (last: ${JSON.stringify(last)})`)
}

/** The dashboard's login form; the first visit compiles the admin (slow). */
async function login(ctx, { timeout = 5 * 60 * 1000 } = {}) {
  const { page } = ctx
  await gotoAdmin(ctx, "/login")
  await visible(page.getByPlaceholder("Email", { exact: true }), { timeout, what: "the login form" })
  await fillLogin(page)
  await page.waitForURL(/\/app\/orders/, { timeout: 120000 })
}

/** A toast (Medusa UI's sonner) with this text. */
function toast(page, text) {
  return page.locator("[data-sonner-toast]").filter({ hasText: text })
}

/**
 * Picks an option of a Radix select (Medusa UI's <Select>): the trigger is a
 * combobox, the options are role "option" in a listbox portal.
 */
async function selectOption(page, trigger, optionName) {
  await trigger.click()
  // The select's own listbox: a page can show other listboxes (a search's results).
  const listbox = page
    .getByRole("listbox")
    .filter({ has: page.getByRole("option", { name: optionName, exact: true }) })
  await visible(listbox, { what: `the options of ${trigger}` })
  await listbox.getByRole("option", { name: optionName, exact: true }).click()
  await hidden(listbox, { what: `the options of ${trigger}` })
}

/**
 * Waits until what the locator shows stops changing (two captures alike,
 * 500 ms apart) and, with `differentFrom`, differs from an earlier capture:
 * for content the DOM cannot tell about, such as the PDF viewer in an iframe.
 */
async function settledPixels(locator, { differentFrom, timeout = 60000 } = {}) {
  let previous = null
  for (const deadline = Date.now() + timeout; Date.now() < deadline; ) {
    const current = await locator.screenshot({ animations: "disabled" })
    if (previous && current.equals(previous) && !(differentFrom && current.equals(differentFrom))) {
      return current
    }
    previous = current
    await new Promise((r) => setTimeout(r, 500))
  }
  throw new Error(`${locator} did not settle${differentFrom ? " on new content" : ""} within ${timeout} ms`)
}

/** A small valid PNG (solid colour), made here: no fixture file needed. */
function makePng(width = 64, height = 40, [r, g, b] = [40, 110, 200]) {
  const zlib = require("zlib")
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
    return c >>> 0
  })
  const crc32 = (buf) => {
    let c = 0xffffffff
    for (const byte of buf) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8)
    return (c ^ 0xffffffff) >>> 0
  }
  const chunk = (type, data) => {
    const len = Buffer.alloc(4)
    len.writeUInt32BE(data.length)
    const body = Buffer.concat([Buffer.from(type, "ascii"), data])
    const crc = Buffer.alloc(4)
    crc.writeUInt32BE(crc32(body))
    return Buffer.concat([len, body, crc])
  }
  const ihdr = Buffer.alloc(13)
  ihdr.writeUInt32BE(width, 0)
  ihdr.writeUInt32BE(height, 4)
  ihdr[8] = 8 // bit depth
  ihdr[9] = 2 // truecolour RGB
  const row = Buffer.concat([Buffer.from([0]), Buffer.from(Array.from({ length: width }, () => [r, g, b]).flat())])
  const raw = Buffer.concat(Array.from({ length: height }, () => row))
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", zlib.deflateSync(raw)),
    chunk("IEND", Buffer.alloc(0)),
  ])
}

module.exports = { ADMIN, gotoAdmin, visible, hidden, until, login, toast, selectOption, makePng, settledPixels }
