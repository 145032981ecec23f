import { Module } from "@medusajs/framework/utils"
import ItemDepositModuleService from "./service"

export const ITEM_DEPOSIT_MODULE = "item_deposit"

export default Module(ITEM_DEPOSIT_MODULE, {
  service: ItemDepositModuleService,
})

export { ItemDepositModuleService }
