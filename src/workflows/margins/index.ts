export * from "./workflows/add-purchase-item-cost"
export * from "./workflows/sync-order-unit-sales"
