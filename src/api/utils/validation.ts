import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"
import { field } from "./field-error"

/**
 * The building blocks every validator of the plugin uses, so that each kind
 * of value has one rule and one limit everywhere (listed in the README's
 * "Errors and limits"). Each refuses with a 400 whose message names the
 * field: PostgreSQL would answer a NUL byte, an int4 overflow or an absurd
 * date with a 500.
 */
export const LIMITS = {
  /** Names, emails, phones, serials, references, methods, titles, reasons. */
  shortText: 255,
  /** Notes and other free text. */
  longText: 5000,
  /** Record ids (`cpur_01…`, `variant_01…`). */
  id: 100,
  /** Quantities and deposit units. */
  quantity: 100_000,
  /** The largest amount of money, in the currency's main unit. */
  maxAmount: 1_000_000_000_000,
  /**
   * Decimal places an amount may have: 3, the most an ISO 4217 currency uses
   * (KWD, BHD…). Medusa's BigNumber also reads anything at or below 0.0001
   * as 0 (MEDUSA_EPSILON), so a 4th decimal could not be trusted anyway.
   */
  amountDecimals: 3,
  /** `metadata`: nesting depth, keys and the JSON size. */
  metadataDepth: 10,
  metadataKeys: 100,
  metadataBytes: 16 * 1024,
  /** Years a date may have. */
  minYear: 1900,
  maxYear: 2999,
  /** Pagination. */
  maxLimit: 1000,
  maxOffset: 1_000_000,
  /** Items in one request, payout lines. */
  maxItems: 200,
} as const

// Control characters but tab, line feed and carriage return. NUL is the one
// PostgreSQL refuses outright; the others have no place in a text field.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/

const noControl = (value: string) => !CONTROL.test(value)

/** A string of at most `max` characters with no NUL or other control characters. */
export const safeString = (max: number = LIMITS.shortText) =>
  z
    .string(field("must be text"))
    .max(max, field(`must be at most ${max} characters`))
    .refine(noControl, field("must not contain control characters (such as a NUL byte)"))

/**
 * Medusa's `fields` selection: comma-separated field paths (`*`, `id`,
 * `+total`, `*customer`, `items.*`). Anything else, and JavaScript's own
 * object keys (`__proto__`, `constructor`), would reach the query builder
 * and come back as a database error instead of a 400 naming `fields`.
 */
const FIELD_PATH = /^(\*|[+\-*]?[a-z][a-z0-9_]*(\.([a-z][a-z0-9_]*|\*))*)$/i
const RESERVED_KEYS = new Set(["constructor", "prototype"])

export const fieldsParam = safeString(2000).refine(
  (value) =>
    value
      .split(",")
      .map((path) => path.trim())
      .filter(Boolean)
      .every((path) => FIELD_PATH.test(path) && !path.split(/[.+\-*]/).some((key) => RESERVED_KEYS.has(key))),
  field("must be a comma-separated list of field names, such as id,*customer,items.*")
)

/** Required, trimmed, non-empty short text. */
export const text = (max: number = LIMITS.shortText) =>
  z
    .string(field("must be text"))
    .trim()
    .min(1, field("must not be empty"))
    .max(max, field(`must be at most ${max} characters`))
    .refine(noControl, field("must not contain control characters (such as a NUL byte)"))

/** Optional, trimmed short text that may be null. */
export const optionalText = (max: number = LIMITS.shortText) =>
  z
    .string(field("must be text"))
    .trim()
    .max(max, field(`must be at most ${max} characters`))
    .refine(noControl, field("must not contain control characters (such as a NUL byte)"))
    .nullish()

/** Free text (notes): up to 5,000 characters, line breaks allowed. */
export const notes = () => optionalText(LIMITS.longText)

export const email = () =>
  z
    .string(field("must be text"))
    .trim()
    .max(LIMITS.shortText, field(`must be at most ${LIMITS.shortText} characters`))
    .refine(noControl, field("must not contain control characters (such as a NUL byte)"))
    .pipe(z.string().email(field("must be an email address")))

/** A record id: letters, digits, `_` and `-`, at most 100 characters. */
export const id = () =>
  z
    .string(field("must be an id"))
    .min(1, field("must not be empty"))
    .max(LIMITS.id, field(`must be at most ${LIMITS.id} characters`))
    .regex(/^[A-Za-z0-9_-]+$/, field("must be an id (letters, digits, _ and -)"))

export const oneOrMany = <T extends z.ZodTypeAny>(schema: T) =>
  z.union([schema, z.array(schema).max(LIMITS.maxLimit, field(`must have at most ${LIMITS.maxLimit} values`))])

export const currencyCode = () =>
  z.string(field("must be text")).regex(/^[a-zA-Z]{3}$/, field("must be a 3-letter ISO 4217 code"))

/** A whole number from `min` to `max` (quantities, units). */
export const count = (max: number = LIMITS.quantity, min = 1) =>
  z
    .number(field("must be a number"))
    .int(field("must be a whole number"))
    .min(min, field(min === 1 ? "must be at least 1" : `must be at least ${min}`))
    .max(max, field(`must be at most ${max.toLocaleString("en-US")}`))

/** A number in plain decimal notation (1e-7 → "0.0000001", 1e21 → "1000000000000000000000"). */
function numberToPlain(value: number) {
  const written = String(value)
  if (!/e/i.test(written)) {
    return written
  }
  const [mantissa, exponentText] = written.toLowerCase().split("e")
  const negative = mantissa.startsWith("-")
  const unsigned = mantissa.replace(/^-/, "")
  const digits = unsigned.replace(".", "")
  const point = unsigned.indexOf(".")
  const intLength = (point === -1 ? unsigned.length : point) + Number(exponentText)
  const plain =
    intLength <= 0
      ? `0.${"0".repeat(-intLength)}${digits}`
      : intLength >= digits.length
        ? digits + "0".repeat(intLength - digits.length)
        : `${digits.slice(0, intLength)}.${digits.slice(intLength)}`
  return (negative ? "-" : "") + plain
}

/** How an amount is written: a number in plain decimal notation, or the trimmed string. */
const written = (value: number | string) =>
  typeof value === "number" ? (Number.isFinite(value) ? numberToPlain(value) : "NaN") : value.trim()

/**
 * Money as a JSON number or a decimal string ("12.50"): at most 3 decimal
 * places and at most 1,000,000,000,000, never negative (`positive`: more
 * than 0). Numbers are checked through their plain decimal form, so `1e-30`
 * and `1e20` are refused like their spelled-out strings.
 */
export const amount = ({ positive = false } = {}) =>
  z
    .union([z.number(), z.string()], field("must be a number or a decimal string"))
    .refine((value) => !written(value).startsWith("-"), { ...field("must not be negative"), abort: true })
    .refine((value) => /^\d*\.?\d+$/.test(written(value)), {
      ...field("must be a decimal amount such as 12.50"),
      abort: true,
    })
    .refine(
      (value) => (written(value).split(".")[1] ?? "").replace(/0+$/, "").length <= LIMITS.amountDecimals,
      { ...field(`must have at most ${LIMITS.amountDecimals} decimal places`), abort: true }
    )
    .refine(
      (value) => {
        const whole = written(value).split(".")[0].replace(/^0+/, "")
        return whole.length <= 13 && Number(written(value)) <= LIMITS.maxAmount
      },
      { ...field(`must be at most ${LIMITS.maxAmount.toLocaleString("en-US")}`), abort: true }
    )
    .refine((value) => !positive || /[1-9]/.test(written(value)), field("must be greater than 0"))

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:?\d{2})?)?$/

const toDate = (value: string | Date) => (value instanceof Date ? value : new Date(value.trim()))

/**
 * A calendar date or ISO 8601 date-time string ("2030-01-01",
 * "2030-01-01T12:00:00Z") from the year 1900 to 2999, as a Date. Booleans,
 * numbers and other spellings are refused (z.coerce.date would take `true`
 * as 1970-01-01).
 */
export const isoDate = () =>
  z
    .union([z.string(), z.date()], field("must be a date such as 2030-01-31"))
    .refine((value) => value instanceof Date || ISO_DATE.test(value.trim()), {
      ...field("must be a date such as 2030-01-31 (ISO 8601)"),
      abort: true,
    })
    .refine(
      (value) => {
        const date = toDate(value)
        if (Number.isNaN(date.getTime())) {
          return false
        }
        if (value instanceof Date) {
          return true
        }
        // 2030-02-31 would roll over to March: the day must survive parsing.
        const [, year, month, day] = ISO_DATE.exec(value.trim())!
        return value.includes("T") || date.toISOString().startsWith(`${year}-${month}-${day}`)
      },
      { ...field("must be a real date"), abort: true }
    )
    .refine(
      (value) => {
        const year = toDate(value).getUTCFullYear()
        return year >= LIMITS.minYear && year <= LIMITS.maxYear
      },
      { ...field(`must be between the years ${LIMITS.minYear} and ${LIMITS.maxYear}`), abort: true }
    )
    .transform(toDate)

/** `created_at[$gte]=…`-style date filters; only comparisons, only dates. */
export const dateFilter = () =>
  z
    .object({
      $eq: isoDate().optional(),
      $gt: isoDate().optional(),
      $gte: isoDate().optional(),
      $lt: isoDate().optional(),
      $lte: isoDate().optional(),
    })
    .strict()

/** Depth, key count and whether a control character occurs, without recursion. */
function inspect(value: unknown) {
  // Iterative: a document nested 5,000 deep must not blow the stack.
  let depth = 0
  let keys = 0
  let control = false
  const stack: [unknown, number][] = [[value, 1]]
  while (stack.length) {
    const [node, level] = stack.pop()!
    if (typeof node === "string") {
      control ||= CONTROL.test(node)
      continue
    }
    if (!node || typeof node !== "object") {
      continue
    }
    depth = Math.max(depth, level)
    if (depth > LIMITS.metadataDepth) {
      break
    }
    for (const [key, child] of Object.entries(node)) {
      keys++
      control ||= CONTROL.test(key)
      stack.push([child, level + 1])
    }
  }
  return { depth, keys, control }
}

/** `metadata`: an object, at most 10 levels deep, 100 keys and 16 KB of JSON. */
export const metadata = () =>
  z
    .record(z.string(), z.unknown(), field("must be an object"))
    .refine((value) => inspect(value).depth <= LIMITS.metadataDepth, {
      ...field(`must be nested at most ${LIMITS.metadataDepth} levels deep`),
      abort: true,
    })
    .refine((value) => !inspect(value).control, {
      ...field("must not contain control characters (such as a NUL byte)"),
      abort: true,
    })
    .refine((value) => inspect(value).keys <= LIMITS.metadataKeys, {
      ...field(`must have at most ${LIMITS.metadataKeys} keys`),
      abort: true,
    })
    .refine((value) => Buffer.byteLength(JSON.stringify(value)) <= LIMITS.metadataBytes, {
      ...field(`must be at most ${LIMITS.metadataBytes / 1024} KB as JSON`),
    })
    .nullish()

/** A free-form object such as an address: shallow, bounded strings. */
export const address = () =>
  z
    .record(
      z.string().max(64, field("keys must be at most 64 characters")),
      z.union([safeString(), z.number(), z.boolean(), z.null()], field("must be text, a number or a boolean"))
    )
    .refine((value) => Object.keys(value).length <= 30, field("must have at most 30 keys"))

const integerParam = (name: string, min: number, max: number) =>
  z.preprocess(
    (value) => (typeof value === "string" && /^-?\d+$/.test(value.trim()) ? Number(value) : value),
    z
      .number(field(`must be a whole number`))
      .int(field("must be a whole number"))
      .min(min, field(`must be at least ${min}`))
      .max(max, field(`must be at most ${max.toLocaleString("en-US")}`))
  ).describe(name)

/**
 * Medusa's list parameters (`fields`, `limit`, `offset`, `order`) with
 * bounds: `limit` 1–1000, `offset` 0–1,000,000, `order` a field name from
 * `orderable` with an optional leading `-`.
 */
export const findParams = ({
  limit,
  offset = 0,
  orderable,
}: {
  limit: number
  offset?: number
  orderable: readonly string[]
}) =>
  createFindParams({ limit, offset }).merge(
    z.object({
      fields: fieldsParam.optional(),
      limit: integerParam("limit", 1, LIMITS.maxLimit).optional().default(limit),
      offset: integerParam("offset", 0, LIMITS.maxOffset).optional().default(offset),
      order: z
        .string()
        .refine(
          (value) => orderable.includes(value.replace(/^-/, "")),
          field(`must be one of ${orderable.join(", ")}, optionally with a leading - (descending)`)
        )
        .optional(),
      with_deleted: z.never(field("is not supported")).optional(),
    })
  )

/** `q`-style search text. */
export const searchText = () => safeString().optional()
