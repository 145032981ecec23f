import { createCipheriv, createDecipheriv, createHash, randomBytes } from "crypto"
import { MedusaError } from "@medusajs/framework/utils"

/**
 * Sellers' full ID numbers at rest: AES-256-GCM (Node's crypto) with a key
 * from the plugin options. Stored as
 *
 *   enc:v1:<key id>:<iv>:<auth tag>:<ciphertext>   (base64url parts)
 *
 * where the key id (8 hex characters of the key's SHA-256) says which key
 * sealed it, so after a rotation old values still open with a previous key
 * (README "Compliance": rotation). A value without the prefix is plaintext
 * from before a key was configured, or a number already purged to its
 * masked form; it is returned as it is.
 */
export type IdNumberKeyOptions = {
  /** Base64 of 32 random bytes (`openssl rand -base64 32`). Seals new numbers. */
  id_number_encryption_key?: string
  /** Keys retired by a rotation, still used to open what they sealed. */
  id_number_previous_keys?: string[]
}

const PREFIX = "enc:v1:"

type Key = { id: string; bytes: Buffer }

function parseKey(encoded: string, option: string): Key {
  const bytes = Buffer.from(encoded, "base64")
  if (bytes.length !== 32) {
    throw new MedusaError(
      MedusaError.Types.INVALID_ARGUMENT,
      `${option}: must be base64 of exactly 32 bytes (openssl rand -base64 32), got ${bytes.length} bytes`
    )
  }
  return { id: createHash("sha256").update(bytes).digest("hex").slice(0, 8), bytes }
}

export class IdNumberCipher {
  private readonly current: Key | null
  private readonly keys: Map<string, Key>

  constructor(options: IdNumberKeyOptions = {}) {
    this.current = options.id_number_encryption_key
      ? parseKey(options.id_number_encryption_key, "id_number_encryption_key")
      : null
    const previous = (options.id_number_previous_keys ?? []).map((k, i) => parseKey(k, `id_number_previous_keys[${i}]`))
    this.keys = new Map([...(this.current ? [this.current] : []), ...previous].map((k) => [k.id, k]))
  }

  get enabled() {
    return !!this.current
  }

  static isSealed(value: string | null | undefined) {
    return typeof value === "string" && value.startsWith(PREFIX)
  }

  /** Seals a number with the current key (plaintext when no key is configured). */
  seal(plain: string | null | undefined): string | null {
    if (plain === null || plain === undefined) {
      return null
    }
    if (!this.current || IdNumberCipher.isSealed(plain)) {
      return plain
    }
    const iv = randomBytes(12)
    const cipher = createCipheriv("aes-256-gcm", this.current.bytes, iv)
    const sealed = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()])
    const parts = [this.current.id, iv, cipher.getAuthTag(), sealed].map((p) =>
      typeof p === "string" ? p : p.toString("base64url")
    )
    return PREFIX + parts.join(":")
  }

  /** Opens a stored number; fails loudly when its key is not configured or it was tampered with. */
  open(stored: string | null | undefined): string | null {
    if (stored === null || stored === undefined || !IdNumberCipher.isSealed(stored)) {
      return stored ?? null
    }
    const [keyId, iv, tag, data] = stored.slice(PREFIX.length).split(":")
    const key = this.keys.get(keyId)
    if (!key) {
      throw new MedusaError(
        MedusaError.Types.UNEXPECTED_STATE,
        `This ID number was sealed with key ${keyId}, which is not among the configured keys (id_number_encryption_key, id_number_previous_keys).`
      )
    }
    const decipher = createDecipheriv("aes-256-gcm", key.bytes, Buffer.from(iv, "base64url"))
    decipher.setAuthTag(Buffer.from(tag, "base64url"))
    return Buffer.concat([decipher.update(Buffer.from(data, "base64url")), decipher.final()]).toString("utf8")
  }

  /** Whether a stored value needs re-sealing with the current key (rotation, or plaintext). */
  needsReseal(stored: string | null | undefined) {
    if (!this.current || !stored) {
      return false
    }
    return !IdNumberCipher.isSealed(stored) || !stored.startsWith(`${PREFIX}${this.current.id}:`)
  }
}
