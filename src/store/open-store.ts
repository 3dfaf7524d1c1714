import Database from "better-sqlite3";
import { existsSync } from "node:fs";

/** Raised when the store has not been built yet. */
export class StoreMissingError extends Error {
  override readonly name = "StoreMissingError";
  constructor(readonly databasePath: string) {
    super(`no records database at ${databasePath}: run \`npm run ingest\` to build it from data/reports`);
  }
}

/** Opens the records store read-only; throws StoreMissingError when the file does not exist. */
export function openStore(databasePath: string): Database.Database {
  if (!existsSync(databasePath)) throw new StoreMissingError(databasePath);
  return new Database(databasePath, { readonly: true, fileMustExist: true });
}
