export * from "./customer-purchase"
