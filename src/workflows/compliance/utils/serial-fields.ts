/** The serials of items being entered, each with the request field it came from. */
export function serialFields(items: { serial_number?: string | null }[]) {
  return items.map((item, i) => ({ serial_number: item.serial_number, field: `items[${i}].serial_number` }))
}
