type NamedCustomer = {
  id: string
  email?: string | null
  first_name?: string | null
  last_name?: string | null
}

/** A customer as people read it: their name, else their email, else the id. */
export function customerName(customer: NamedCustomer | null | undefined): string {
  if (!customer) {
    return "-"
  }
  const name = [customer.first_name, customer.last_name].filter(Boolean).join(" ")
  return name || customer.email || customer.id
}
