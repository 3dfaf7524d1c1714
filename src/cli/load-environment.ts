import { existsSync } from "node:fs";
import path from "node:path";
import { projectRoot } from "../engine/create-engine.js";

/** Reads `.env` from the project root into process.env when it exists; variables already set win. */
export function loadEnvironment(root: string = projectRoot): void {
  const file = path.join(root, ".env");
  if (existsSync(file)) process.loadEnvFile(file);
}
