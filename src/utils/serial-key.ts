/**
 * A serial number / IMEI as compared against the blocked list: upper case,
 * letters and digits only, so "356938-03 5643809" and "356938035643809"
 * are the same device.
 */
export function serialKey(serial: string) {
  return serial.toUpperCase().replace(/[^A-Z0-9]/g, "")
}
