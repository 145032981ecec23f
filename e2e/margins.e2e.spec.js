/**
 * Margins per bought unit (issue 12) in a real browser: a purchase of two
 * phones, one refurbished with a cost added from the purchase page, both
 * stocked as one variant and sold through the store API; the purchase's
 * Margins section and the report page (Customer Purchases > Margins) with
 * its chart and CSV export.
 *
 *   npm run test:e2e -- -t "margins"
 */
const fs = require("fs")
const { setupSuite, MINUTE } = require("./helpers/suite")
const { screenshot } = require("./helpers/browser")
const { storeApi } = require("./helpers/api")
const { gotoAdmin, visible, login, toast, until } = require("./helpers/ui")
const { seededStore } = require("./helpers/fixtures")

const { ctx, flow } = setupSuite()

const ADDRESS = {
  first_name: "Mia",
  last_name: "Margin",
  address_1: "1 Test Street",
  city: "Amsterdam",
  postal_code: "1011AA",
  country_code: "nl",
}

flow("margins: logs in as the admin", async () => login(ctx).catch(() => login(ctx)), 10 * MINUTE)

flow("margins: adds a refurbishment cost from the purchase page", async ({ page, admin, state }) => {
  state.store = await seededStore(admin)
  await admin.post("/admin/purchase-settings", { enabled: true, default_location_id: state.store.location.id })
  const { customer_purchase: draft } = await admin.post("/admin/customer-purchases", {
    customer: { first_name: "Sam", last_name: "Seller" },
    currency_code: "eur",
    items: [
      { title: "Pixel 7", serial_number: "IMEI-E2E-MARGIN-A", condition: "good", unit_price: 150 },
      { title: "Pixel 7", serial_number: "IMEI-E2E-MARGIN-B", condition: "fair", unit_price: 120 },
    ],
  })
  await admin.post(`/admin/customer-purchases/${draft.id}/payout`, { lines: [{ method_id: "cash", amount: 270 }] })
  state.purchase = draft
  const [first, second] = draft.items

  await gotoAdmin(ctx, `/customer-purchases/${draft.id}`)
  const section = page.getByTestId("item-margins")
  await visible(section.getByRole("heading", { name: "Margins" }))
  await section.getByRole("row", { name: /IMEI-E2E-MARGIN-B/ }).getByRole("button", { name: "Add cost" }).click()
  const drawer = page.getByRole("dialog", { name: "Add refurbishment cost" })
  await drawer.getByLabel("Amount per unit").fill("25.50")
  // The page's own notes form has a "Note" field too: the drawer's.
  await drawer.getByLabel("Note", { exact: true }).fill("Screen")
  await drawer.getByRole("button", { name: "Add cost", exact: true }).click()
  await visible(toast(page, "Cost added to Pixel 7"))
  const { costs, refurbishment_cost } = await admin.get(`/admin/customer-purchases/${draft.id}/items/${second.id}/costs`)
  expect(costs.map((c) => [c.kind, c.amount, c.note])).toEqual([["parts", 25.5, "Screen"]])
  expect(refurbishment_cost).toBe(25.5)
  // Labour through the API, as a bench app would.
  await admin.post(`/admin/customer-purchases/${draft.id}/items/${second.id}/costs`, { kind: "labour", amount: 14.5 })

  // Stocked as one variant, then sold twice through the store API.
  const stocked = await admin.post(`/admin/customer-purchases/${draft.id}/items/${first.id}/stock`, {
    product: { title: "Pixel 7 (refurbished)", status: "published", variant: { prices: [{ amount: 299, currency_code: "eur" }] } },
  })
  const variantId = stocked.customer_purchase.items.find((i) => i.id === first.id).variant_id
  await admin.post(`/admin/customer-purchases/${draft.id}/items/${second.id}/stock`, { variant_id: variantId })
  for (let i = 0; i < 2; i++) {
    const shop = storeApi(ctx.app.baseUrl, state.store.publishableKey)
    await shop.register({ email: `margin-${Date.now()}-${i}@example.com`, password: "secret-pass-1", first_name: "Mia", last_name: "Margin" })
    await shop.checkout({ region_id: state.store.region.id, items: [{ variant_id: variantId, quantity: 1 }], address: ADDRESS })
  }
  await until(async () => {
    const { items } = await admin.get(`/admin/customer-purchases/${draft.id}/margins`)
    return items.every((m) => m.units_sold === 1)
  }, { timeout: 60000, what: "both units recorded as sold" })
})

// The dev store's region may tax the sale: the expected figures come from the API.
const eur = (amount) => new Intl.NumberFormat("en-US", { style: "currency", currency: "EUR" }).format(amount)

flow("margins: the purchase's items show margin and days to sell", async ({ page, admin, state }) => {
  const { items } = await admin.get(`/admin/customer-purchases/${state.purchase.id}/margins`)
  const [first, second] = state.purchase.items
  const margin = Object.fromEntries(items.map((m) => [m.item_id, m.margin]))
  await gotoAdmin(ctx, `/customer-purchases/${state.purchase.id}`)
  const section = page.getByTestId("item-margins")
  const rowA = section.getByRole("row", { name: /IMEI-E2E-MARGIN-A/ })
  const rowB = section.getByRole("row", { name: /IMEI-E2E-MARGIN-B/ })
  await visible(rowA.getByText(eur(margin[first.id])))
  await visible(rowB.getByText(eur(margin[second.id])))
  // The refurbished phone's unit cost: 120 paid + 40 refurbishment.
  await visible(rowB.getByText("€160.00"))
  await visible(rowA.getByText("0 days"))
  await section.evaluate((el) => el.scrollIntoView({ block: "start" }))
  await screenshot(page, "purchase-item-margins")
})

flow("margins: the report shows totals and a chart, and exports CSV", async ({ page, admin }) => {
  const { totals } = await admin.get("/admin/customer-purchases/margins?currency_code=eur")
  await gotoAdmin(ctx, "/customer-purchases/margins")
  await visible(page.getByRole("heading", { name: "Margins", level: 1 }))
  const report = page.getByTestId("margins-eur")
  await visible(report.getByTestId("figure-bought").getByText(eur(totals[0].bought)))
  await visible(report.getByTestId("figure-refurbishment").getByText("€40.00"))
  await visible(report.getByTestId("figure-sold").getByText(eur(totals[0].sold)))
  await visible(report.getByTestId("figure-margin").getByText(eur(totals[0].margin)))
  await visible(report.locator(".recharts-bar-rectangle").first())
  await screenshot(page, "margins-report")

  const [download] = await Promise.all([
    page.waitForEvent("download", { timeout: 60000 }),
    page.getByRole("button", { name: "Export CSV" }).click(),
  ])
  const csv = fs.readFileSync(await download.path(), "utf8")
  expect(csv).toMatch(/^Date,Entry,Order/)
  expect(csv.trim().split("\r\n")).toHaveLength(3)

  // A condition filter with nothing in it.
  await page.getByRole("combobox", { name: "Condition" }).click()
  await page.getByRole("option", { name: "Faulty" }).click()
  await visible(page.getByText("Nothing in this range"))
})
