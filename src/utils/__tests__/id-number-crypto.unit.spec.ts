import { randomBytes } from "crypto"
import { IdNumberCipher } from "../id-number-crypto"

const key = () => randomBytes(32).toString("base64")

describe("IdNumberCipher", () => {
  it("seals with AES-256-GCM and opens again; the stored form holds no part of the number", () => {
    const cipher = new IdNumberCipher({ id_number_encryption_key: key() })
    const sealed = cipher.seal("SELLE801017SS9AB")!
    expect(sealed).toMatch(/^enc:v1:[0-9a-f]{8}:/)
    expect(sealed).not.toContain("S9AB")
    expect(cipher.seal("SELLE801017SS9AB")).not.toBe(sealed) // a fresh IV each time
    expect(cipher.open(sealed)).toBe("SELLE801017SS9AB")
  })

  it("refuses a tampered value", () => {
    const cipher = new IdNumberCipher({ id_number_encryption_key: key() })
    const sealed = cipher.seal("P1234567")!
    const parts = sealed.split(":")
    const data = Buffer.from(parts[5], "base64url")
    data[0] ^= 1
    parts[5] = data.toString("base64url")
    expect(() => cipher.open(parts.join(":"))).toThrow()
  })

  it("rotates: the old key opens old values, the new key seals, needsReseal finds the old ones", () => {
    const oldKey = key()
    const old = new IdNumberCipher({ id_number_encryption_key: oldKey })
    const sealedOld = old.seal("X99")!
    const rotated = new IdNumberCipher({ id_number_encryption_key: key(), id_number_previous_keys: [oldKey] })
    expect(rotated.open(sealedOld)).toBe("X99")
    expect(rotated.needsReseal(sealedOld)).toBe(true)
    expect(rotated.needsReseal(rotated.seal("X99"))).toBe(false)
    expect(rotated.needsReseal("PLAIN123")).toBe(true)
    expect(() => new IdNumberCipher({ id_number_encryption_key: key() }).open(sealedOld)).toThrow(/not among the configured keys/)
  })

  it("without a key stores plaintext, and leaves plaintext and masked values alone when opening", () => {
    const none = new IdNumberCipher({})
    expect(none.enabled).toBe(false)
    expect(none.seal("ABC")).toBe("ABC")
    expect(new IdNumberCipher({ id_number_encryption_key: key() }).open("•••• S9AB")).toBe("•••• S9AB")
    expect(() => new IdNumberCipher({ id_number_encryption_key: "short" })).toThrow(/32 bytes/)
  })
})
