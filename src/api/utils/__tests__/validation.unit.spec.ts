import { z } from "@medusajs/framework/zod"
import { zodValidator } from "@medusajs/framework"
import { amount, count, dateFilter, email, fieldsParam, findParams, id, isoDate, metadata, notes, text } from "../validation"

/** The message Medusa's validator answers with, or "ok". */
async function message(schema: z.ZodTypeAny, body: unknown) {
  try {
    await zodValidator(schema as any, body)
    return "ok"
  } catch (error: any) {
    return error.message as string
  }
}

const nest = (depth: number) => {
  let value: any = {}
  for (let i = 0; i < depth; i++) value = { a: value }
  return value
}

describe("validation building blocks", () => {
  const body = z
    .object({
      name: text().optional(),
      note: notes(),
      email: email().optional(),
      ref: id().optional(),
      price: amount().optional(),
      deposit: amount({ positive: true }).optional(),
      quantity: count().optional(),
      expected_at: isoDate().nullish(),
      metadata: metadata(),
    })
    .strict()

  const refused: [Record<string, unknown>, RegExp][] = [
    [{ name: "a\u0000b" }, /name: must not contain control characters/],
    [{ ref: "cpur_\u0000" }, /ref: must be an id/],
    [{ name: "x".repeat(10_000) }, /name.*at most.*255/],
    [{ note: "x".repeat(5001) }, /note.*at most.*5000/],
    [{ email: `${"x".repeat(10_000)}@example.com` }, /email.*at most.*255/],
    [{ quantity: 2 ** 31 }, /quantity.*at most/],
    [{ quantity: 1.5 }, /quantity/],
    [{ price: 1e20 }, /price: must be at most 1,000,000,000,000/],
    [{ price: "100000000000000000000" }, /price: must be at most/],
    [{ price: 1e-30 }, /price: must have at most 3 decimal places/],
    [{ price: "0.0000000000000000000000001" }, /price: must have at most 3 decimal places/],
    [{ price: "0.0001" }, /price: must have at most 3 decimal places/],
    [{ price: -1 }, /price: must not be negative/],
    [{ price: "12,50" }, /price: must be a decimal amount/],
    [{ price: Infinity }, /price/],
    [{ deposit: 0 }, /deposit: must be greater than 0/],
    [{ expected_at: "99999-01-01" }, /expected_at: must be a date/],
    [{ expected_at: "0000-01-01" }, /expected_at: must be between the years 1900 and 2999/],
    [{ expected_at: "2030-02-31" }, /expected_at: must be a real date/],
    [{ expected_at: true }, /expected_at/],
    [{ expected_at: 1234 }, /expected_at/],
    [{ metadata: nest(5000) }, /metadata: must be nested at most 10 levels deep/],
    [{ metadata: { a: "\u0000" } }, /metadata: must not contain control characters/],
    [{ metadata: { big: "x".repeat(20_000) } }, /metadata: must be at most 16 KB/],
  ]
  // Titles carry the field and the rule only: the 5,000-deep value cannot be printed.
  it.each(refused.map(([input, expected]) => [`${Object.keys(input)[0]} ${expected}`, input, expected] as const))(
    "refuses %s",
    async (_title, input, expected) => {
      expect(await message(body, input)).toMatch(expected)
    }
  )

  it.each([
    [{ name: "Sam" }],
    [{ note: "line one\nline two" }],
    [{ price: 150 }, { price: "2.50" }, { price: 0 }, { price: "0.001" }, { price: 1_000_000_000_000 }],
    [{ deposit: "0.01" }],
    [{ quantity: 100_000 }],
    [{ expected_at: "2030-01-15" }, { expected_at: "2030-01-15T10:00:00.000Z" }, { expected_at: null }],
    [{ metadata: nest(9) }],
  ])("accepts %j", async (...inputs) => {
    for (const input of inputs) {
      expect(await message(body, input)).toBe("ok")
    }
  })

  it("turns dates into Date objects", async () => {
    const parsed = await zodValidator(body as any, { expected_at: "2030-01-15" })
    expect((parsed as any).expected_at).toEqual(new Date("2030-01-15T00:00:00.000Z"))
  })

  it("bounds list parameters", async () => {
    const params = findParams({ limit: 20, orderable: ["created_at"] }).merge(
      z.object({ created_at: dateFilter().optional() })
    )
    expect(await message(params, { limit: "-1" })).toMatch(/limit/)
    expect(await message(params, { offset: "-1" })).toMatch(/offset/)
    expect(await message(params, { limit: "abc" })).toMatch(/limit/)
    expect(await message(params, { order: ";DROP" })).toMatch(/order: must be one of created_at/)
    expect(await message(params, { created_at: { $gte: "notadate" } })).toMatch(/created_at.*\$gte: must be a date/)
    expect(await message(params, { created_at: { $like: "%" } })).toMatch(/\$like/)
    expect(await zodValidator(params as any, { limit: "5", order: "-created_at" })).toMatchObject({
      limit: 5,
      offset: 0,
      order: "-created_at",
    })
  })

  it("takes field selections and refuses what is not a field path, JavaScript's own keys included", async () => {
    const params = z.object({ fields: fieldsParam.optional() })
    for (const fields of ["*", "id,*customer,items.*", "+total,-notes", "purchase.id"]) {
      expect(await zodValidator(params as any, { fields })).toEqual({ fields })
    }
    for (const fields of ["__proto__", "id,constructor", "purchase.__proto__", "id;drop", "a..b", "**"]) {
      expect(await message(params, { fields })).toMatch(/fields: must be a comma-separated list of field names/)
    }
  })
})
