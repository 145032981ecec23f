export * from "./customer-purchase"
export * from "./item-deposit"
export * from "./compliance"
export * from "./margins"
