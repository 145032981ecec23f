import { z } from "@medusajs/framework/zod"
import { field } from "../field-error"

describe("field()", () => {
  it("prefixes format and custom messages with the field's path", () => {
    const schema = z.object({
      stages: z.array(z.object({ value: z.string().regex(/^[a-z]+$/, field("must be lower-case")) })),
      email: z.string().email(field("must be an email address")),
    })
    const result = schema.safeParse({ stages: [{ value: "ok" }, { value: "Bad" }], email: "nope" })
    expect(result.success).toBe(false)
    expect(result.error!.issues.map((i) => i.message)).toEqual([
      "stages[1].value: must be lower-case",
      "email: must be an email address",
    ])
  })
})
