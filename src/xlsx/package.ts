/** Reads an input workbook's bytes, with clear messages for the file system's refusals. */
import { readFile } from "node:fs/promises";
import { fileProblem } from "./errors";

/** Reads the whole file without ever opening it for writing. */
export async function readInputBytes(file: string): Promise<Buffer> {
  try {
    return await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw fileProblem(file, "文件不存在。", "file not found.");
    if (code === "EISDIR")
      throw fileProblem(file, "这是一个文件夹，不是文件。", "this is a folder, not a file.");
    if (code === "EACCES" || code === "EPERM")
      throw fileProblem(file, "没有读取权限。", "permission denied.");
    throw fileProblem(file, `无法读取：${String(error)}`, `cannot be read: ${String(error)}`);
  }
}

export { corruptPackage } from "./package-problems";
