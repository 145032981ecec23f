import { Module } from "@medusajs/framework/utils"
import CustomerPurchaseModuleService from "./service"

export const CUSTOMER_PURCHASE_MODULE = "customer_purchase"

export default Module(CUSTOMER_PURCHASE_MODULE, {
  service: CustomerPurchaseModuleService,
})

export { CustomerPurchaseModuleService }
