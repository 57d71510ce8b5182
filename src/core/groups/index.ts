export * from "./fields";
export * from "./resolve";
export * from "./figures";
