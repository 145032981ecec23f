export * from "./workflows/claim-item-deposit"
export * from "./workflows/close-item-deposit"
export * from "./workflows/create-item-deposit"
export * from "./workflows/update-item-deposit"
