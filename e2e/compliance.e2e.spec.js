/**
 * The compliance screens (issue 10) in a real browser: Settings > Purchase
 * compliance (hold periods, blocked serials, the regulator export) and a
 * purchase's Compliance section (release date, police hold).
 *
 *   npm run test:e2e -- -t "compliance"
 */
const fs = require("fs")
const { setupSuite, MINUTE } = require("./helpers/suite")
const { screenshot } = require("./helpers/browser")
const { gotoAdmin, visible, login, toast } = require("./helpers/ui")
const { seededStore } = require("./helpers/fixtures")

const { ctx, flow } = setupSuite()

// The first visit compiles the admin: on a busy machine the first navigation
// can time out while Vite works, so it gets a second try.
flow("compliance: logs in as the admin", async () => login(ctx).catch(() => login(ctx)), 10 * MINUTE)

flow("compliance: sets a hold period and blocks a serial in Settings > Purchase compliance", async ({ page, admin, state }) => {
  state.store = await seededStore(admin)
  await admin.post("/admin/purchase-settings", { enabled: true, default_location_id: state.store.location.id })
  await gotoAdmin(ctx, "/settings/purchase-compliance")
  await visible(page.getByRole("heading", { name: "Hold periods" }))

  await page.getByLabel("Default hold (days)").fill("7")
  await page.getByRole("button", { name: "Add hold rule" }).click()
  await page.getByLabel("Rule value").fill("firearm")
  await page.getByLabel("Rule days").fill("30")
  await page.getByRole("button", { name: "Save compliance settings" }).click()
  await visible(toast(page, "Compliance settings saved"))
  const { purchase_settings } = await admin.get("/admin/purchase-settings")
  expect(purchase_settings).toMatchObject({
    default_hold_days: 7,
    hold_rules: [{ match: "item_metadata", key: "category", value: "firearm", days: 30 }],
  })

  await page.getByLabel("Serial to block").fill("356938035643809")
  await page.getByLabel("Block reason").fill("Reported stolen")
  await page.getByLabel("Block reference").fill("Police ref 4471")
  await page.getByRole("button", { name: "Block", exact: true }).click()
  await visible(page.getByRole("cell", { name: "Police ref 4471" }))
  await page.getByRole("heading", { name: "Police / regulator export" }).evaluate((el) => el.scrollIntoView({ block: "start" }))
  await screenshot(page, "compliance-settings")
})

flow("compliance: downloads the regulator export", async ({ page }) => {
  const response = page.waitForResponse((r) => r.url().includes("/admin/customer-purchases/export"), { timeout: 60000 })
  const [download] = await Promise.all([
    page.waitForEvent("download", { timeout: 60000 }),
    page.getByRole("button", { name: "Export CSV" }).click(),
  ])
  const res = await response
  expect(res.status()).toBe(200)
  expect(res.headers()["content-type"]).toContain("text/csv")
  expect(download.suggestedFilename()).toMatch(/^purchases-standard-.*\.csv$/)
  const csv = fs.readFileSync(await download.path(), "utf8")
  expect(csv).toMatch(/^transaction_number,transaction_date,/)
})

flow("compliance: buys a blocked serial only with a reason, which the log keeps", async ({ page, admin }) => {
  await gotoAdmin(ctx, "/customer-purchases/create")
  const modal = page.getByRole("dialog")
  await visible(modal.getByRole("heading", { name: "Create purchase" }))
  await page.getByRole("tab", { name: "New customer" }).click()
  await page.getByLabel("First name").fill("Bea")
  await page.getByLabel("Last name").fill("Buyer")
  await page.getByRole("button", { name: "Add item" }).click()
  const item = page.getByRole("group", { name: "Item 1" })
  await item.getByLabel("Title").fill("Phone with a reported serial")
  await item.getByLabel(/^Serial/).fill("356938035643809")
  await item.getByLabel(/^Price paid/).fill("50")
  await page.getByRole("button", { name: "Create purchase" }).click()

  // The server refuses it (409); the form offers the override, reason required.
  const prompt = page.getByRole("alertdialog", { name: "Buy a blocked serial?" })
  await visible(prompt)
  await visible(prompt.getByText(/356938035643809 is on the blocked list \(Reported stolen, Police ref 4471\)/))
  await prompt.getByRole("button", { name: "Buy anyway" }).click()
  await visible(prompt.getByText(/required/i))
  await prompt.getByLabel("Reason").fill("Owner showed the police clearance letter")
  await prompt.getByRole("button", { name: "Buy anyway" }).click()
  await page.waitForURL(/\/customer-purchases\/cpur_/, { timeout: 60000 })

  const id = page.url().match(/cpur_[A-Z0-9]+/)[0]
  const { activity } = await admin.get(`/admin/customer-purchases/${id}/activity`)
  expect(activity.filter((a) => a.type === "serial_block_overridden")).toEqual([
    expect.objectContaining({
      note: "Owner showed the police clearance letter",
      data: expect.objectContaining({ serial_number: "356938035643809", blocked_reason: "Reported stolen" }),
    }),
  ])
  // Its page says the serial is blocked; a later purchase of it says where it was bought before.
  await visible(page.getByTestId("serial-warning").getByText(/On the blocked list: Reported stolen \(Police ref 4471\)/))
  const { customer_purchase: again } = await admin.post("/admin/customer-purchases", {
    customer: { first_name: "Cal", last_name: "Again" },
    currency_code: "eur",
    items: [{ title: "The same phone", serial_number: "356938035643809", unit_price: 40 }],
    blocked_serial_override: { reason: "Second look, same letter" },
  })
  await gotoAdmin(ctx, `/customer-purchases/${again.id}`)
  const { customer_purchase: first } = await admin.get(`/admin/customer-purchases/${id}`)
  await visible(page.getByTestId("serial-warning").getByText(`Bought before in ${first.number}`, { exact: false }))
  await screenshot(page, "purchase-serial-warnings")
})

flow("compliance: shows a held item's release date and places a police hold", async ({ page, admin, state }) => {
  const variant = Object.values(state.store.variants)[0]
  const { customer_purchase: draft } = await admin.post("/admin/customer-purchases", {
    customer: { first_name: "Hal", last_name: "Holder" },
    currency_code: "eur",
    items: [{ title: "Bought phone", variant_id: variant.id, unit_price: 80, serial_number: "SN-E2E-1" }],
  })
  await admin.post(`/admin/customer-purchases/${draft.id}/payout`, { lines: [{ method_id: "card", amount: 80 }] })
  await admin.post(`/admin/customer-purchases/${draft.id}/items/${draft.items[0].id}/stock`, {})

  await gotoAdmin(ctx, `/customer-purchases/${draft.id}`)
  const line = page.getByTestId("hold-line")
  await visible(line.getByText(/Not sellable until .*\(7 day hold\)/))
  await line.getByRole("button", { name: "Police hold" }).click()
  await page.getByLabel("Reason").fill("Case 2026/118")
  await page.getByRole("button", { name: "Confirm" }).click()
  await visible(line.getByText(/Police hold: Case 2026\/118/))
  const { holds } = await admin.get(`/admin/customer-purchases/${draft.id}/holds`)
  expect(holds[0]).toMatchObject({ police_hold: true, police_reason: "Case 2026/118" })
  await screenshot(page, "purchase-compliance")
})
