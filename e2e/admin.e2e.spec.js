/**
 * The admin experience for customer purchases and item deposits, in a real
 * browser (Debian's Chromium via playwright-core) against `node
 * scripts/dev.js` on an empty embedded PostgreSQL. The tests run in order and
 * share one app, one browser and one page: each flow continues from the
 * state the previous ones left (ctx.state).
 *
 *   npm run test:e2e
 */
const { setupSuite, MINUTE } = require("./helpers/suite")
const { screenshot, NetworkRecorder } = require("./helpers/browser")
const fs = require("fs")
const { gotoAdmin, visible, hidden, until, login, toast, selectOption, makePng, settledPixels } = require("./helpers/ui")
const { seededStore, createDeposit, orderUsingDeposit, registerCustomer } = require("./helpers/fixtures")
/**
 * A PDF's text, read by pdf-parse in a child process: its bundled pdf.js
 * loads once per jest module registry and throws when loaded a second time.
 * (pdf-parse's lib: its index runs a self-test when required.)
 */
function pdfText(bytes) {
  const script =
    'let b=[];process.stdin.on("data",(d)=>b.push(d)).on("end",async()=>{' +
    'const {text}=await require("pdf-parse/lib/pdf-parse.js")(Buffer.concat(b));process.stdout.write(text)})'
  return require("child_process").execFileSync(process.execPath, ["-e", script], {
    input: bytes,
    cwd: __dirname,
    encoding: "utf8",
    maxBuffer: 16 * 1024 * 1024,
  })
}

const { ctx, flow } = setupSuite()

flow(
  "logs in as the admin",
  async ({ page }) => {
    // The first visit compiles the admin: on a busy machine the first
    // navigation can time out while Vite works, so it gets a second try.
    await login(ctx).catch(() => login(ctx))
    await visible(page.getByRole("link", { name: "Customer Purchases" }), { what: "the Customer Purchases menu entry" })
    await visible(page.getByRole("link", { name: "Item Deposits" }), { what: "the Item Deposits menu entry" })
    // Top-level entries: also there away from Orders (nested under Orders,
    // they showed only while Orders was expanded).
    await gotoAdmin(ctx, "/products")
    await visible(page.getByRole("link", { name: "Customer Purchases" }), { what: "Customer Purchases away from Orders" })
    await visible(page.getByRole("link", { name: "Item Deposits" }), { what: "Item Deposits away from Orders" })
  },
  8 * MINUTE
)

flow("shows how to enable purchasing while it is disabled", async ({ page, network }) => {
  // The list's request answers 403 until purchasing is enabled: provoked here.
  network.expect({ status: 403, method: "GET", path: "/admin/customer-purchases" })
  await gotoAdmin(ctx, "/customer-purchases")
  await visible(page.getByText("Purchasing from the public is disabled"))
  await page.getByRole("link", { name: "Open purchase settings" }).click()
  await page.waitForURL(/\/app\/settings\/customer-purchases/)
})

flow("enables purchasing in Settings > Customer purchases, with the receipt preview", async ({ page, admin, state }) => {
  state.store = await seededStore(admin)
  await gotoAdmin(ctx, "/settings/customer-purchases")
  await visible(page.getByRole("heading", { name: "Customer purchases" }))

  const enabled = page.getByRole("switch", { name: "Enable purchasing from the public" })
  await visible(enabled)
  expect(await enabled.getAttribute("aria-checked")).toBe("false")
  await enabled.click()
  expect(await enabled.getAttribute("aria-checked")).toBe("true")

  // Stocked items go to the seeded warehouse unless told otherwise.
  await selectOption(page, page.getByRole("combobox", { name: "Stock location" }), state.store.location.name)

  // New products from stocking go to the store's default channel unless set here.
  await visible(page.getByRole("heading", { name: "Sales channels for stocked products" }))
  await visible(page.getByRole("group", { name: "Sales channels" }).getByText("(store default)"))

  // The receipt template, previewed (unsaved) as it is typed.
  const preview = page.getByTitle("Receipt preview")
  await visible(preview, { timeout: 60000, what: "the receipt preview" })
  await hidden(page.getByText("Updating…"), { timeout: 60000 })
  await preview.scrollIntoViewIfNeeded()
  const before = await settledPixels(preview)
  const rendered = page.waitForResponse(
    (r) => r.url().includes("/admin/purchase-settings/receipt-preview") && (r.request().postData() || "").includes("2 Market Row"),
    { timeout: 60000 }
  )
  await page.getByLabel("Store name").fill("Fix-It Phones")
  await page.getByLabel(/^Store address/).fill("2 Market Row, Leeds")
  const response = await rendered
  expect(response.status()).toBe(200)
  expect(response.headers()["content-type"]).toContain("application/pdf")
  await hidden(page.getByText("Updating…"), { timeout: 60000 })
  await page.getByRole("heading", { name: "Purchase receipt template" }).evaluate((el) => el.scrollIntoView({ block: "start" }))
  await settledPixels(preview, { differentFrom: before })
  await screenshot(page, "settings-receipt-preview")

  await page.getByRole("button", { name: "Save" }).first().click()
  await visible(toast(page, "Purchase settings saved"))
  const { purchase_settings } = await admin.get("/admin/purchase-settings")
  expect(purchase_settings).toMatchObject({
    enabled: true,
    default_location_id: state.store.location.id,
    receipt_template: expect.objectContaining({ store_name: "Fix-It Phones", store_address: "2 Market Row, Leeds" }),
  })
})

flow("creates a purchase with a new customer and two items", async ({ page, admin, state }) => {
  await gotoAdmin(ctx, "/customer-purchases")
  await visible(page.getByText("No purchases yet"))
  // The list links to its settings.
  await visible(page.getByRole("link", { name: "Purchase settings" }))
  await page.getByRole("link", { name: "Create", exact: true }).click()
  await page.waitForURL(/\/customer-purchases\/create/)
  // A full-screen modal over the list, like create deposit and core's creates.
  const modal = page.getByRole("dialog")
  await visible(modal.getByRole("heading", { name: "Create purchase" }))

  state.sellerEmail = "sam.seller@example.com" // fixed: the screenshots stay alike from run to run
  await page.getByRole("tab", { name: "New customer" }).click()
  await page.getByLabel("First name").fill("Sam")
  await page.getByLabel("Last name").fill("Seller")
  await page.getByLabel(/^Email/).fill(state.sellerEmail)

  // Typed forms are not lost silently: Back and closing ask first...
  const leave = page.getByRole("alertdialog", { name: "Are you sure you want to leave this form?" })
  await page.evaluate(() => window.history.back())
  await visible(leave, { what: "the leave-this-form prompt after Back" })
  await leave.getByRole("button", { name: "Cancel" }).click()
  await hidden(leave)
  await page.getByLabel("Last name").press("Escape")
  await visible(leave, { what: "the leave-this-form prompt after closing the modal" })
  await leave.getByRole("button", { name: "Cancel" }).click()
  await hidden(leave)
  // ...and reloading gets the browser's own "Leave site?" dialog.
  const unload = page.waitForEvent("dialog", { timeout: 15000 })
  page.evaluate(() => window.location.reload()).catch(() => {})
  const dialog = await unload
  expect(dialog.type()).toBe("beforeunload")
  await dialog.dismiss()
  expect(page.url()).toMatch(/\/customer-purchases\/create/)
  expect(await page.getByLabel("First name").inputValue()).toBe("Sam")

  await selectOption(page, page.getByRole("combobox", { name: "ID type" }), "Driving licence")
  await page.getByLabel("Document number").fill("SELLE801017SS9AB")
  await page.getByLabel(/^Address/).fill("1 High Street")
  await page.getByLabel(/^City/).fill("Leeds")
  await page.getByLabel(/^Postal code/).fill("LS1 1AA")
  await page.getByLabel(/^Country code/).fill("gb")
  await page.getByLabel(/^Notes/).fill("Walked in with a phone and two cables")

  await page.getByRole("button", { name: "Add item" }).click()
  const first = page.getByRole("group", { name: "Item 1" })
  await first.getByLabel("Title").fill("iPhone 12")
  await first.getByLabel(/^Serial/).fill("IMEI356938035643809")
  await selectOption(page, first.getByRole("combobox", { name: "Condition" }), "Good")
  await first.getByLabel(/^Price paid/).fill("150")

  await page.getByRole("button", { name: "Add item" }).click()
  const second = page.getByRole("group", { name: "Item 2" })
  await second.getByLabel("Title").fill("Charging cable")
  await second.getByLabel("Qty").fill("2")
  await second.getByLabel(/^Price paid/).fill("2.50")
  await visible(page.getByText(/Total: €155\.00/))
  await page.getByRole("heading", { name: "Purchase", exact: true }).evaluate((el) => el.scrollIntoView({ block: "start" }))
  await screenshot(page, "purchase-create")

  await page.getByRole("button", { name: "Create purchase" }).click()
  await page.waitForURL(/\/customer-purchases\/cpur_/, { timeout: 60000 })
  state.purchaseId = page.url().match(/cpur_[A-Z0-9]+/)[0]
  const { customer_purchase: purchase } = await admin.get(`/admin/customer-purchases/${state.purchaseId}`)
  expect(purchase).toMatchObject({
    status: "draft",
    total: 155,
    customer: expect.objectContaining({ email: state.sellerEmail }),
    id_document_last4: "S9AB",
  })
  expect(purchase.items.map((i) => [i.title, i.quantity, i.unit_price])).toEqual(
    expect.arrayContaining([
      ["iPhone 12", 1, 150],
      ["Charging cable", 2, 2.5],
    ])
  )
  state.purchase = purchase
  await visible(page.getByRole("heading", { name: purchase.number }))
  await visible(page.getByText("Charging cable"))

  await gotoAdmin(ctx, "/customer-purchases")
  await visible(page.getByRole("row").filter({ hasText: purchase.number }))
  await screenshot(page, "purchases-list")
})

flow("uploads a photo of the seller's ID", async ({ page, admin, state }) => {
  await gotoAdmin(ctx, `/customer-purchases/${state.purchaseId}`)
  await visible(page.getByRole("heading", { name: "Attachments" }))
  await selectOption(page, page.getByRole("combobox", { name: "Attachment kind" }), "ID document")
  const [chooser] = await Promise.all([
    page.waitForEvent("filechooser"),
    page.getByRole("button", { name: "Upload" }).click(),
  ])
  await chooser.setFiles({ name: "seller-id.png", mimeType: "image/png", buffer: makePng() })
  await visible(toast(page, "1 file uploaded"))
  // Shown from the private file, fetched with the admin's session.
  await visible(page.getByRole("img", { name: "seller-id.png" }))
  const { customer_purchase } = await admin.get(`/admin/customer-purchases/${state.purchaseId}`)
  expect(customer_purchase.attachments).toEqual([
    expect.objectContaining({ kind: "id_document", filename: "seller-id.png", mime_type: "image/png" }),
  ])
})

flow("moves an item through the refurbishment stages", async ({ page, admin, state }) => {
  await gotoAdmin(ctx, `/customer-purchases/${state.purchaseId}`)
  const stage = page.getByRole("combobox", { name: "Stage of iPhone 12" })
  await visible(stage)
  for (const label of ["Testing", "Refurbishing", "Ready"]) {
    await selectOption(page, stage, label)
    // Every move is confirmed, and can carry its note in the same action.
    const prompt = page.getByRole("alertdialog", { name: `Move iPhone 12 to ${label}?` })
    await visible(prompt)
    if (label === "Testing") await prompt.getByLabel(/^Note/).fill("Battery at 87%")
    await prompt.getByRole("button", { name: "Move" }).click()
    await visible(toast(page, `iPhone 12: ${label}`))
    await hidden(prompt)
    await until(async () => (await stage.textContent())?.includes(label), { what: `stage shows ${label}` })
  }
  const { customer_purchase } = await admin.get(`/admin/customer-purchases/${state.purchaseId}`)
  expect(customer_purchase.items.find((i) => i.title === "iPhone 12").status).toBe("ready")
  const { activity } = await admin.get(`/admin/customer-purchases/${state.purchaseId}/activity?limit=100`)
  expect(activity).toEqual(
    expect.arrayContaining([expect.objectContaining({ type: "status_changed", to_status: "testing", note: "Battery at 87%" })])
  )
  await visible(page.getByText("Battery at 87%"))
  await screenshot(page, "purchase-detail")
})

flow("pays the seller out, part cash and part store credit", async ({ page, admin, state }) => {
  await gotoAdmin(ctx, `/customer-purchases/${state.purchaseId}`)
  await visible(page.getByRole("heading", { name: state.purchase.number }))
  await page.getByRole("button", { name: "Pay out" }).click()
  const drawer = page.getByRole("dialog", { name: `Pay out ${state.purchase.number}` })
  await visible(drawer)

  const line1 = drawer.getByRole("group", { name: "Payout line 1" })
  await visible(line1)
  await selectOption(page, line1.getByRole("combobox", { name: "Method 1" }), "Cash")
  await line1.getByLabel("Amount 1").fill("55")
  await line1.getByLabel("Reference 1").fill("till 2")
  // Short of the total: the drawer says why it cannot be paid out yet.
  await visible(drawer.getByText(/less than the purchase total: allocate the remaining €100\.00/))
  expect(await drawer.getByRole("button", { name: "Pay out" }).isDisabled()).toBe(true)
  await drawer.getByRole("button", { name: "Add method" }).click()
  const line2 = drawer.getByRole("group", { name: "Payout line 2" })
  await selectOption(page, line2.getByRole("combobox", { name: "Method 2" }), "Store credit")
  await line2.getByLabel("Amount 2").fill("100")
  await until(async () => /0[.,]00/.test(await drawer.getByTestId("payout-remaining").textContent()), {
    what: "nothing left to allocate",
  })
  await screenshot(page, "payout-dialog")

  // The confirmation toast is watched from the click on, and asserted last.
  const confirmed = visible(toast(page, `${state.purchase.number} paid out`), { timeout: 20000 }).then(
    () => true,
    () => false
  )
  await drawer.getByRole("button", { name: "Pay out" }).click()
  await hidden(drawer)
  await visible(page.getByRole("heading", { name: "Payout" }))
  await visible(page.getByRole("heading", { name: state.purchase.number }).locator("..").getByText("Paid", { exact: true }))

  const { customer_purchase } = await admin.get(`/admin/customer-purchases/${state.purchaseId}`)
  expect(customer_purchase.status).toBe("paid")
  expect(customer_purchase.payout.lines.map((l) => [l.method_id, Number(l.amount)])).toEqual(
    expect.arrayContaining([
      ["cash", 55],
      ["store_credit", 100],
    ])
  )
  const { store_credit_accounts } = await admin.get(
    `/admin/store-credit-accounts?customer_id=${customer_purchase.customer_id}`
  )
  expect(store_credit_accounts.map((a) => [a.currency_code, Number(a.balance)])).toEqual([["eur", 100]])
  if (!(await confirmed)) {
    throw new Error(`no "${state.purchase.number} paid out" toast after a successful payout`)
  }
})

flow("asks for a reason before scrapping an item, and logs it", async ({ page, admin, state }) => {
  await gotoAdmin(ctx, `/customer-purchases/${state.purchaseId}`)
  const stage = page.getByRole("combobox", { name: "Stage of Charging cable" })
  await visible(stage)
  await selectOption(page, stage, "Scrapped")
  const prompt = page.getByRole("alertdialog", { name: "Scrap Charging cable?" })
  await visible(prompt)
  await visible(prompt.getByText(/cannot be stocked or moved to another stage afterwards/))
  await prompt.getByRole("button", { name: "Scrap item" }).click()
  await visible(prompt.getByText("A reason is required."))
  let { customer_purchase } = await admin.get(`/admin/customer-purchases/${state.purchaseId}`)
  expect(customer_purchase.items.find((i) => i.title === "Charging cable").status).toBe("received")
  await screenshot(page, "scrap-prompt")

  await prompt.getByLabel(/^Reason/).fill("Frayed wire, unsafe to sell")
  await prompt.getByRole("button", { name: "Scrap item" }).click()
  await visible(toast(page, "Charging cable: Scrapped"))
  await hidden(prompt)
  ;({ customer_purchase } = await admin.get(`/admin/customer-purchases/${state.purchaseId}`))
  expect(customer_purchase.items.find((i) => i.title === "Charging cable").status).toBe("scrapped")
  const { activity } = await admin.get(`/admin/customer-purchases/${state.purchaseId}/activity?limit=100`)
  expect(activity).toEqual(
    expect.arrayContaining([
      expect.objectContaining({ type: "status_changed", to_status: "scrapped", note: "Frayed wire, unsafe to sell" }),
    ])
  )
})

flow("downloads the receipt as a PDF", async ({ page, state }) => {
  await gotoAdmin(ctx, `/customer-purchases/${state.purchaseId}`)
  await visible(page.getByRole("heading", { name: state.purchase.number }))
  const [download] = await Promise.all([
    page.waitForEvent("download", { timeout: 60000 }),
    page.getByRole("button", { name: "Receipt" }).click(),
  ])
  expect(download.suggestedFilename()).toBe(`receipt-${state.purchase.number}.pdf`)
  const file = await download.path()
  const bytes = fs.readFileSync(file)
  expect(bytes.subarray(0, 4).toString("latin1")).toBe("%PDF")
  // pdf-parse's lib (its index runs a self-test when required).
  const text = pdfText(bytes).replace(/\s+/g, " ")
  for (const expected of [state.purchase.number, "Fix-It Phones", "iPhone 12", "Sam Seller", "S9AB"]) {
    expect(text).toContain(expected)
  }
  expect(text).not.toContain("SELLE801017SS9AB") // the ID number stays masked
  // The address as the admin prints one; the staff's notes stay off; items in the order entered.
  expect(text).toContain("1 High Street, Leeds LS1 1AA, United Kingdom")
  expect(text).not.toContain("Walked in with a phone")
  expect(text.indexOf("iPhone 12")).toBeLessThan(text.indexOf("Charging cable"))
})

flow("stocks an item and shows the stock on the core inventory page", async ({ page, admin, state }) => {
  await gotoAdmin(ctx, `/customer-purchases/${state.purchaseId}`)
  await page.getByRole("button", { name: "Actions for iPhone 12" }).click()
  await page.getByRole("menuitem", { name: "Stock item" }).click()
  const drawer = page.getByRole("dialog", { name: "Stock iPhone 12" })
  await visible(drawer)
  // A new product (the drawer's default), at the settings' default location.
  await visible(drawer.getByRole("combobox", { name: "Stock location" }).filter({ hasText: state.store.location.name }))
  // Sold in the store's default channel unless the merchant picks others.
  const channel = drawer.getByRole("group", { name: "Sales channels" }).getByRole("checkbox").first()
  expect(await channel.getAttribute("aria-checked")).toBe("true")
  await drawer.getByLabel("Product title").fill("iPhone 12 (refurbished)")
  await drawer.getByLabel(/^Selling price/).fill("249")
  await drawer.getByLabel(/^Refurbishment cost/).fill("30")
  await drawer.getByRole("button", { name: "Stock item" }).click()
  await visible(toast(page, "iPhone 12 is in stock"))
  await hidden(drawer)

  const { customer_purchase } = await admin.get(`/admin/customer-purchases/${state.purchaseId}`)
  const item = customer_purchase.items.find((i) => i.title === "iPhone 12")
  expect(item).toMatchObject({ status: "stocked", stocked_location_id: state.store.location.id, unit_cost: 180 })
  state.stockedItem = item

  await page.getByRole("link", { name: "View in inventory" }).click()
  await page.waitForURL(new RegExp(`/app/inventory/${item.stocked_inventory_item_id}`))
  // The core page: the location's row with 1 in stock.
  const row = page.getByRole("row").filter({ hasText: state.store.location.name })
  await visible(row, { timeout: 60000, what: "the Main Warehouse row on the inventory item page" })
  // Location | Reserved | In stock | Available
  await until(async () => {
    const cells = (await row.first().getByRole("cell").allInnerTexts()).map((t) => t.trim())
    return cells[2] === "1" && cells[3] === "1" && cells
  }, { what: "1 in stock and available at the warehouse" })
  await screenshot(page, "inventory-stocked-item")
})

flow("sells the stocked phone online and shows on its variant where it came from", async ({ page, admin, state }) => {
  const item = state.stockedItem
  const { variants } = await admin.get(
    `/admin/product-variants?id=${item.variant_id}&fields=id,title,product_id,*prices,*product.sales_channels,*inventory_items.inventory`
  )
  const [variant] = variants
  expect(variant.product.sales_channels.length).toBeGreaterThan(0)
  expect(variant.prices).toEqual([expect.objectContaining({ currency_code: "eur", amount: 249 })])
  // The inventory item reads as the product it became, not the purchase line.
  expect(variant.inventory_items[0].inventory.title).toBe("iPhone 12 (refurbished)")

  // A storefront customer buys it (store API, the seeded publishable key).
  const { shop } = await registerCustomer(ctx.app.baseUrl, state.store, {
    email: "olly.online@example.com",
    first_name: "Olly",
    last_name: "Online",
  })
  const { order } = await shop.checkout({
    region_id: state.store.region.id,
    items: [{ variant_id: variant.id, quantity: 1 }],
    address: { first_name: "Olly", last_name: "Online", address_1: "2 Web Way", city: "Amsterdam", postal_code: "1011AB", country_code: "nl" },
  })
  expect(order.items).toEqual([expect.objectContaining({ variant_id: variant.id, quantity: 1 })])

  await gotoAdmin(ctx, `/products/${variant.product_id}/variants/${variant.id}`)
  await scrollToHeading(page, "Bought from customers")
  const row = page.getByRole("row").filter({ has: page.getByRole("link", { name: state.purchase.number }) })
  await visible(row)
  await visible(row.getByText("€180.00")) // 150 paid + 30 refurbishment
  await screenshot(page, "widget-variant-origin")
})

flow("creates a deposit with a special order", async ({ page, admin, state }) => {
  await gotoAdmin(ctx, "/item-deposits")
  await visible(page.getByRole("heading", { name: "Item Deposits" }))
  await page.getByRole("link", { name: "Create deposit" }).click()
  await page.waitForURL(/\/item-deposits\/create/)
  const modal = page.getByRole("dialog")
  await visible(modal.getByRole("heading", { name: "Create deposit" }))

  await modal.getByLabel("Customer", { exact: true }).click()
  await page.getByLabel("Search customers").fill(state.sellerEmail)
  await page.getByRole("option").filter({ hasText: state.sellerEmail }).click()
  await modal.getByLabel("Product variant", { exact: true }).click()
  await page.getByLabel("Search variants").fill("PHONE-128-A")
  await page.getByRole("option").filter({ hasText: "PHONE-128-A" }).click()

  // -5 is an error, not silently 5.
  await modal.getByLabel("Amount per unit").fill("-5")
  await visible(modal.getByText("The amount cannot be negative: enter what the customer paid per unit."))
  // Closing the dirty form asks first.
  await modal.getByRole("button", { name: "Cancel" }).click()
  const leave = page.getByRole("alertdialog", { name: "Are you sure you want to leave this form?" })
  await visible(leave)
  await leave.getByRole("button", { name: "Cancel" }).click()
  await hidden(leave)
  await modal.getByLabel("Amount per unit").fill("40")
  await modal.getByLabel("Units").fill("2")
  await visible(modal.getByText(/Total paid now:\s*€80\.00/))
  await selectOption(page, modal.getByRole("combobox", { name: "Payment method" }), "Card")
  await modal.getByLabel("Payment reference").fill("terminal 4711")

  await modal.getByRole("switch", { name: "Special order" }).click()
  await modal.getByLabel("Note", { exact: true }).fill("Order from supplier X")
  // The date field's segments (react-aria): type into the first, it moves on by itself.
  await modal.getByRole("group", { name: "Expected date" }).getByRole("spinbutton").first().click()
  await page.keyboard.type("01152027")
  await screenshot(page, "deposit-create")

  await modal.getByRole("button", { name: "Save" }).click()
  await page.waitForURL(/\/item-deposits\/idep_/, { timeout: 60000 })
  state.specialDepositId = page.url().match(/idep_[A-Z0-9]+/)[0]
  const { item_deposit: deposit } = await admin.get(`/admin/item-deposits/${state.specialDepositId}`)
  expect(deposit).toMatchObject({
    status: "active",
    customer_id: state.purchase.customer_id,
    variant_id: state.store.variants["PHONE-128-A"].id,
    amount_per_unit: 40,
    units: 2,
    total_amount: 80,
    payment_method: "card",
    payment_reference: "terminal 4711",
    special_order: true,
    special_order_note: "Order from supplier X",
  })
  expect(deposit.expected_at).toMatch(/^2027-01-15/)
  state.specialDeposit = deposit
  await visible(toast(page, `Deposit ${deposit.number} recorded`))
  await visible(page.getByRole("heading", { name: `Deposit ${deposit.number}` }))
  await visible(page.getByRole("heading", { name: "Special order" }))
  await visible(page.getByText("Order from supplier X"))
  await screenshot(page, "deposit-detail")

  // The slip, printed from the button next to the claim code: its text.
  expect(deposit.claim_code).toBeTruthy()
  const [slip, tab] = await Promise.all([
    page.waitForResponse((r) => r.url().includes(`/admin/item-deposits/${deposit.id}/slip`), { timeout: 60000 }),
    page.context().waitForEvent("page"),
    page.getByRole("button", { name: "Print slip" }).click(),
  ])
  expect(slip.status()).toBe(200)
  // What the new tab shows: the PDF behind its blob: URL, read in the tab.
  await tab.waitForURL(/^blob:/, { timeout: 60000 })
  const base64 = await tab.evaluate(async () => {
    const bytes = new Uint8Array(await (await fetch(window.location.href)).arrayBuffer())
    let binary = ""
    for (let i = 0; i < bytes.length; i++) binary += String.fromCharCode(bytes[i])
    return window.btoa(binary)
  })
  const text = pdfText(Buffer.from(base64, "base64")).replace(/\s+/g, " ")
  for (const expected of [deposit.number, deposit.claim_code, "Sam Seller", "PHONE-128-A", "Order from supplier X"]) {
    expect(text).toContain(expected)
  }
  await tab.close()
})

flow("converts another deposit to store credit", async ({ page, admin, state }) => {
  const deposit = await createDeposit(admin, {
    customer_id: state.purchase.customer_id,
    variant_id: state.store.variants["BOOK-GOOD"].id,
    amount_per_unit: 25,
    payment_method: "cash",
  })
  await gotoAdmin(ctx, `/item-deposits/${deposit.id}`)
  await visible(page.getByRole("heading", { name: `Deposit ${deposit.number}` }))
  await page.getByRole("button", { name: "Actions" }).click()
  await page.getByRole("menuitem", { name: "Convert to store credit" }).click()
  const prompt = page.getByRole("alertdialog", { name: "Convert to store credit?" })
  await visible(prompt)
  await prompt.getByLabel("Reason").fill("The book cannot be sourced")
  await prompt.getByRole("button", { name: "Convert" }).click()
  await visible(toast(page, "€25.00 converted to store credit"))
  await hidden(prompt)

  const { item_deposit } = await admin.get(`/admin/item-deposits/${deposit.id}`)
  expect(item_deposit.status).toBe("converted")
  const { store_credit_accounts } = await admin.get(
    `/admin/store-credit-accounts?customer_id=${state.purchase.customer_id}`
  )
  // 100 from the purchase's payout, 25 from the deposit.
  expect(store_credit_accounts.map((a) => [a.currency_code, Number(a.balance)])).toEqual([["eur", 125]])
  state.convertedDeposit = item_deposit

  await gotoAdmin(ctx, "/item-deposits")
  await visible(page.getByRole("row").filter({ hasText: deposit.number }))
  await visible(page.getByRole("row").filter({ hasText: state.specialDeposit.number }))
  await screenshot(page, "deposits-list")
})

/** Scrolls a widget's heading to the top of the viewport (the widgets sit below the core sections). */
async function scrollToHeading(page, name) {
  const heading = page.getByRole("heading", { name, exact: true })
  await visible(heading, { timeout: 60000, what: `the "${name}" widget` })
  await heading.evaluate((el) => el.scrollIntoView({ block: "start" }))
  await page.evaluate(() => window.scrollBy(0, -80)) // keep a little context above it
  return heading
}

flow("shows the purchases, deposits and store credit widgets on the customer page", async ({ page, state }) => {
  await gotoAdmin(ctx, `/customers/${state.purchase.customer_id}`)
  await visible(page.getByText(state.sellerEmail).first(), { timeout: 60000, what: "the customer page" })

  await scrollToHeading(page, "Customer purchases")
  await visible(page.getByRole("link", { name: state.purchase.number }))
  await visible(page.getByText(`Bought from this customer: 1`))

  await scrollToHeading(page, "Item deposits")
  await visible(page.getByText("2 deposits"))
  await visible(page.getByRole("link", { name: state.specialDeposit.number }))
  await visible(page.getByRole("link", { name: state.convertedDeposit.number }))
  // 100 from the payout + 25 converted.
  await visible(page.getByRole("link", { name: "€125.00" }))
  // With the main sections, above Metadata and JSON.
  const top = async (name) => (await page.getByRole("heading", { name, exact: true }).first().boundingBox()).y
  expect(await top("Customer purchases")).toBeLessThan(await top("Metadata"))
  expect(await top("Item deposits")).toBeLessThan(await top("Metadata"))
  expect(await top("Customer purchases")).toBeGreaterThan(await top("Orders"))
  await scrollToHeading(page, "Item deposits")
  await screenshot(page, "widget-customer")
})

flow("shows the active deposits widget on the product variant page", async ({ page, state }) => {
  const variant = state.store.variants["PHONE-128-A"]
  await gotoAdmin(ctx, `/products/${variant.product_id}/variants/${variant.id}`)
  await scrollToHeading(page, "Active deposits")
  await visible(page.getByText("1 active · 2 units paid towards · 1 to order"))
  const row = page.getByRole("row").filter({ has: page.getByRole("link", { name: state.specialDeposit.number }) })
  await visible(row)
  await visible(row.getByRole("link", { name: "Sam Seller" }))
  await visible(row.getByText("€80.00"))
  await screenshot(page, "widget-product-variant")
})

flow("shows which deposit paid for an order on the order page", async ({ page, admin, state }) => {
  // A storefront order: the customer registers, the shop records a deposit
  // for them, and their checkout (store API, publishable key) uses it.
  const placed = await orderUsingDeposit(ctx.app.baseUrl, admin, state.store, {
    email: "dana.deposit@example.com",
    variantSku: "PHONE-64-B",
    amount: 50,
  })
  expect(placed.order.credit_lines).toEqual([
    expect.objectContaining({ reference: "item-deposit", reference_id: placed.deposit.id, amount: 50 }),
  ])
  state.order = placed

  await gotoAdmin(ctx, `/orders/${placed.order.id}`)
  await scrollToHeading(page, "Paid with item deposits")
  const row = page.getByRole("row").filter({ has: page.getByRole("link", { name: placed.deposit.number }) })
  await visible(row)
  await visible(row.getByText("Refurbished Phone"))
  await visible(row.getByText("€50.00"))
  await screenshot(page, "widget-order")

  // And the deposit's page shows the order it paid for.
  await row.getByRole("link", { name: placed.deposit.number }).click()
  await visible(page.getByRole("heading", { name: `Deposit ${placed.deposit.number}` }))
  await visible(page.getByText("Used", { exact: true }).first())
  await visible(page.getByRole("link", { name: /^Order / }))
})

/** How far an element reaches past the right edge of its nearest container (px; <= 0 fits). */
const overflowRight = (locator, containerSelector) =>
  locator.evaluate((el, selector) => {
    const box = el.getBoundingClientRect()
    const container = el.closest(selector) || document.documentElement
    return Math.round(box.right - container.getBoundingClientRect().right)
  }, containerSelector)

flow("lays the plugin's pages out at 1280 and 1024 px", async ({ page, state }) => {
  try {
    // 1024: the deposits list keeps its right-hand columns in view.
    await page.setViewportSize({ width: 1024, height: 768 })
    await gotoAdmin(ctx, "/item-deposits")
    const status = page.getByRole("columnheader", { name: "Status" })
    await visible(status)
    await visible(page.getByRole("row").filter({ hasText: state.specialDeposit.number }))
    expect(await overflowRight(status, ".shadow-elevation-card-rest")).toBeLessThanOrEqual(0)
    expect(await overflowRight(page.getByRole("row").filter({ hasText: state.specialDeposit.number }).getByText("Active"), "table")).toBeLessThanOrEqual(0)

    // 1024: "Add stage" on one line.
    await gotoAdmin(ctx, "/settings/customer-purchases")
    const addStage = page.getByRole("button", { name: "Add stage" })
    await visible(addStage)
    expect((await addStage.boundingBox()).height).toBeLessThanOrEqual(36)

    // 1024: the price error of a new item fits on a line or two, not four.
    await gotoAdmin(ctx, "/customer-purchases/create")
    const modal = page.getByRole("dialog")
    await modal.getByRole("button", { name: "Add item" }).click()
    await modal.getByRole("group", { name: "Item 1" }).getByLabel(/^Price paid/).fill("1.999")
    await modal.getByRole("button", { name: "Create purchase" }).click()
    const priceError = modal.getByText("Enter an amount with at most 2 decimals.")
    await visible(priceError)
    expect((await priceError.boundingBox()).height).toBeLessThanOrEqual(48) // two lines at most (it wrapped over four)
    await screenshot(page, "purchase-create-errors")
    // Leave without saving (this form's own prompt says so).
    await page.getByRole("button", { name: "Cancel" }).click()
    const leave = page.getByRole("alertdialog", { name: "Are you sure you want to leave this form?" })
    await visible(leave)
    await leave.getByRole("button", { name: "Continue" }).click()
    await page.waitForURL(/\/customer-purchases(\?|$)/)

    // 1024: the "Note about" select stays inside the side column.
    await page.setViewportSize({ width: 1024, height: 768 })
    await gotoAdmin(ctx, `/customer-purchases/${state.purchaseId}`)
    const noteAbout = page.getByRole("combobox", { name: "Note about" })
    await visible(noteAbout)
    await selectOption(page, noteAbout, "iPhone 12 (IMEI356938035643809)")
    expect(await overflowRight(noteAbout, "form")).toBeLessThanOrEqual(0)

    // 1280: the ledger's Details are read whole, not cut.
    await page.setViewportSize({ width: 1280, height: 800 })
    await gotoAdmin(ctx, `/item-deposits/${state.convertedDeposit.id}`)
    await visible(page.getByRole("heading", { name: "Ledger" }))
    const cut = await page
      .getByRole("heading", { name: "Ledger" })
      .locator("xpath=ancestor::div[contains(@class,'divide-y')][1]//tbody//td[last()]")
      .evaluateAll((cells) => cells.filter((c) => c.scrollWidth > c.clientWidth + 1).map((c) => c.textContent))
    expect(cut).toEqual([])
    await visible(page.getByText("The book cannot be sourced"))
  } finally {
    await page.setViewportSize({ width: 1280, height: 800 })
  }
})

flow("sets deposit expiry in Settings > Item deposits, and tops up a deposit from its page", async ({ page, admin, state }) => {
  await gotoAdmin(ctx, "/settings/item-deposits")
  await visible(page.getByRole("heading", { name: "Expiry", exact: true }))
  await page.getByLabel("Expire after (days)").fill("90")
  await page.getByLabel("Reminder (days before)").fill("10")
  await selectOption(page, page.getByRole("combobox", { name: "When a deposit expires" }), "Convert what is left to store credit")
  // Client-side check first: a minimum above the maximum is refused.
  await page.getByLabel("Minimum share of the price (%)").fill("80")
  await page.getByLabel("Maximum share of the price (%)").fill("50")
  await page.getByRole("button", { name: "Save" }).click()
  await visible(page.getByText("Must not be more than the maximum."))
  await page.getByLabel("Minimum share of the price (%)").fill("20")
  await page.getByRole("button", { name: "Save" }).click()
  await visible(toast(page, "Deposit settings saved"))
  const { item_deposit_settings } = await admin.get("/admin/item-deposit-settings")
  expect(item_deposit_settings).toMatchObject({
    default_expiry_days: 90,
    reminder_days_before: 10,
    expiry_rule: "store_credit",
    online_min_percent: 20,
    online_max_percent: 50,
    hold_stock: false,
  })
  await screenshot(page, "settings-item-deposits")

  // A new deposit takes the default expiry; its page shows it and its top-ups.
  const deposit = await createDeposit(admin, {
    customer_id: state.order.customer.id,
    variant_id: state.store.variants["BOOK-GOOD"].id,
    amount_per_unit: 10,
    units: 2,
    payment_method: "cash",
  })
  expect(deposit.expires_at).toEqual(expect.any(String))
  await gotoAdmin(ctx, `/item-deposits/${deposit.id}`)
  await visible(page.getByRole("heading", { name: `Deposit ${deposit.number}` }))
  const expiry = page.getByTestId("deposit-expiry-stock")
  await visible(expiry.getByText("Not held"))
  const topUps = page.getByTestId("deposit-top-ups")
  await visible(topUps.getByText("No top-ups."))
  await topUps.getByRole("button", { name: "Top up" }).click()
  const drawer = page.getByRole("dialog")
  await visible(drawer.getByRole("heading", { name: "Top up deposit" }))
  await drawer.getByLabel("Amount per unit").fill("2.50")
  await visible(drawer.getByText(/Payment:\s*€5\.00/))
  await selectOption(page, drawer.getByRole("combobox", { name: "Payment method" }), "Card")
  await drawer.getByLabel("Payment reference").fill("terminal 9")
  await drawer.getByRole("button", { name: "Record top-up" }).click()
  await visible(toast(page, `Deposit ${deposit.number} topped up by €5.00`))
  await hidden(drawer)
  await visible(topUps.getByText("+€5.00"))
  const { item_deposit } = await admin.get(`/admin/item-deposits/${deposit.id}`)
  expect(item_deposit).toMatchObject({ amount_per_unit: 12.5, total_amount: 25, remaining_amount: 25 })
  expect(item_deposit.transactions.filter((t) => t.type === "payment").map((t) => t.amount).sort((a, b) => a - b)).toEqual([5, 20])
  state.toppedUpDeposit = item_deposit
  await screenshot(page, "deposit-top-up")
})

flow("accepts deposits online for a chosen product in Settings > Item deposits; a deposit bought online shows its order", async ({ page, admin, state }) => {
  state.store = state.store || (await seededStore(admin))
  // The 8 EUR book (by its SKU): a deposit of 1 is within 10-100% of its price.
  const book = state.store.variants["BOOK-GOOD"]
  const product = state.store.products.find((p) => p.id === book.product_id)
  await gotoAdmin(ctx, "/settings/item-deposits")
  await visible(page.getByRole("heading", { name: "Online deposits", exact: true }))
  const accept = page.getByRole("switch", { name: "Accept deposits online" })
  if ((await accept.getAttribute("aria-checked")) !== "true") await accept.click()
  // Products are picked by search and shown by title, each removable.
  await page.getByRole("searchbox", { name: "Search products" }).fill(product.title)
  await page.getByRole("option").filter({ hasText: product.title }).first().click()
  const chosen = page.getByTestId("online-products")
  await visible(chosen.getByRole("button", { name: `Remove ${product.title}` }))
  await page.getByLabel("Minimum share of the price (%)").fill("10")
  await page.getByLabel("Maximum share of the price (%)").fill("100")
  await page.getByRole("button", { name: "Save" }).click()
  await visible(toast(page, "Deposit settings saved"))
  const { item_deposit_settings } = await admin.get("/admin/item-deposit-settings")
  expect(item_deposit_settings).toMatchObject({ online_enabled: true, online_min_percent: 10, online_max_percent: 100 })
  expect(item_deposit_settings.online_product_ids).toContain(product.id)
  await screenshot(page, "settings-online-deposits")

  // A customer buys a deposit on it through the storefront checkout.
  const { shop, customer } = await registerCustomer(ctx.app.baseUrl, state.store, {
    email: `online-${Date.now()}@example.com`,
    first_name: "Oona",
    last_name: "Online",
  })
  const variantId = book.id
  let { cart } = await shop.post("/store/carts", { region_id: state.store.region.id })
  ;({ cart } = await shop.post(`/store/carts/${cart.id}/deposit-lines`, { variant_id: variantId, amount_per_unit: 1, units: 1 }))
  const { payment_collection } = await shop.post("/store/payment-collections", { cart_id: cart.id })
  await shop.post(`/store/payment-collections/${payment_collection.id}/payment-sessions`, { provider_id: "pp_system_default" })
  const placed = await shop.post(`/store/carts/${cart.id}/complete`)
  expect(placed.type).toBe("order")
  const deposit = await until(async () => {
    const { item_deposits } = await admin.get(`/admin/item-deposits?customer_id=${customer.id}`)
    return item_deposits[0]
  })
  await gotoAdmin(ctx, `/item-deposits/${deposit.id}`)
  const origin = page.getByTestId("deposit-origin-order")
  await visible(origin)
  expect(await origin.textContent()).toContain(`Order #${placed.order.display_id}`)
  expect(await origin.getAttribute("href")).toContain(`/orders/${placed.order.id}`)
  await screenshot(page, "deposit-bought-online")
})

flow(
  "walks every plugin page and the widget pages with no unexpected 4xx/5xx from the backend",
  async ({ page, network, state }) => {
    const variant = state.store.variants["PHONE-128-A"]
    const pages = [
      ["/customer-purchases", "Customer Purchases"],
      ["/customer-purchases/create", "Create purchase"],
      [`/customer-purchases/${state.purchaseId}`, state.purchase.number],
      ["/settings/customer-purchases", "Purchase receipt template"],
      ["/item-deposits", "Item Deposits"],
      ["/item-deposits/create", "Create deposit"],
      [`/item-deposits/${state.specialDepositId}`, `Deposit ${state.specialDeposit.number}`],
      [`/item-deposits/${state.convertedDeposit.id}`, `Deposit ${state.convertedDeposit.number}`],
      [`/item-deposits/${state.order.deposit.id}`, `Deposit ${state.order.deposit.number}`],
      [`/item-deposits/${state.toppedUpDeposit.id}`, `Deposit ${state.toppedUpDeposit.number}`],
      ["/settings/item-deposits", "Expiry"],
      [`/customers/${state.purchase.customer_id}`, "Customer purchases"],
      [`/customers/${state.order.customer.id}`, "Item deposits"],
      [`/products/${variant.product_id}/variants/${variant.id}`, "Active deposits"],
      [`/orders/${state.order.order.id}`, "Paid with item deposits"],
      [`/inventory/${state.stockedItem.stocked_inventory_item_id}`, "Locations"],
    ]
    const pageErrors = []
    const onError = (error) => pageErrors.push(`${page.url()}: ${error.message.split("\n")[0]}`)
    page.on("pageerror", onError)
    const start = network.mark()
    const walkStep = network.step
    const visited = []
    try {
      for (const [adminPath, heading] of pages) {
        network.step = `${walkStep} › ${adminPath}`
        await gotoAdmin(ctx, adminPath)
        await visible(page.getByRole("heading", { name: heading, exact: true }), {
          timeout: 60000,
          what: `"${heading}" on ${adminPath}`,
        })
        await page.waitForLoadState("networkidle")
        visited.push(adminPath)
      }
    } finally {
      page.off("pageerror", onError)
    }

    const walkErrors = network.errors({ since: start })
    const sessionErrors = network.errors()
    const requests = network.entries.slice(start)
    expect(visited).toHaveLength(pages.length)
    expect(requests.length).toBeGreaterThan(pages.length) // the recorder saw the backend
    if (sessionErrors.length || pageErrors.length) {
      throw new Error(
        [
          walkErrors.length ? `Unexpected backend errors while walking the pages:\n${NetworkRecorder.format(walkErrors)}` : "",
          sessionErrors.length > walkErrors.length
            ? `Unexpected backend errors during the earlier flows:\n${NetworkRecorder.format(sessionErrors.slice(0, sessionErrors.length - walkErrors.length))}`
            : "",
          pageErrors.length ? `Uncaught errors in the page:\n${pageErrors.join("\n")}` : "",
        ]
          .filter(Boolean)
          .join("\n\n")
      )
    }
  },
  8 * MINUTE
)
