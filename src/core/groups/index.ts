export * from "./fields";
export * from "./resolve";
export * from "./figures";
export * from "./order";
