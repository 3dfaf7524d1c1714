import {
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  openSync,
  readlinkSync,
  readSync,
  realpathSync,
  statSync,
  type Stats,
} from "node:fs";
import { isAbsolute, join, relative } from "node:path";
import type { Diagnostic } from "../report/diagnostic.js";
import { formatBytes } from "./ingest-limits.js";

export type ReadReportFileResult =
  | { readonly success: true; readonly bytes: Buffer }
  | { readonly success: false; readonly diagnostic: Diagnostic };

/** What is read and how much of it: `variable` is named in the error when the file is over `maxBytes`. */
export interface ReadReportFileOptions {
  readonly directory: string;
  /** The file's name inside `directory`, as listed. */
  readonly file: string;
  readonly maxBytes: number;
  readonly variable: string;
  /** "a text report", "a PDF report": said in the over-limit message. */
  readonly kind: string;
}

/**
 * Reads one report file, refusing before any read what is not a regular file — a directory, FIFO, socket or device
 * named `*.txt`, a dangling symlink, a symlink leading outside the reports directory — and never reading more than
 * `maxBytes` + 1 bytes, so a file that grows (or a device behind a swapped path) cannot make ingest hang or balloon.
 * Never throws: every refusal is one error diagnostic naming the file.
 */
export function readReportFile(options: ReadReportFileOptions): ReadReportFileResult {
  const path = join(options.directory, options.file);
  const refuse = (message: string): ReadReportFileResult => ({
    success: false,
    diagnostic: { severity: "error", file: options.file, line: 0, message },
  });
  let link: Stats;
  try {
    link = lstatSync(path);
  } catch (error) {
    return refuse(`cannot be read: ${reason(error)}`);
  }
  if (link.isSymbolicLink()) {
    const refused = checkSymlink(path, options.directory);
    if (refused !== null) return refuse(refused);
  }
  let descriptor: number;
  try {
    const kind = fileKind(statSync(path));
    if (kind !== null) return refuse(`is ${kind}, not a regular file: expected a report exported as a file`);
    // O_NONBLOCK: should a FIFO be swapped in after the check, opening it cannot block; fstat below refuses it.
    descriptor = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    return refuse(`cannot be read: ${reason(error)}`);
  }
  try {
    const opened = fstatSync(descriptor);
    const kind = fileKind(opened);
    if (kind !== null) return refuse(`is ${kind}, not a regular file: expected a report exported as a file`);
    if (opened.size > options.maxBytes) return refuse(overLimit(opened.size, options));
    // Read at most one byte past the limit whatever the size said: the file may be growing while it is read.
    const buffer = Buffer.alloc(Math.min(opened.size, options.maxBytes) + 1);
    let length = 0;
    while (length < buffer.length) {
      const read = readSync(descriptor, buffer, length, buffer.length - length, length);
      if (read === 0) break;
      length += read;
    }
    if (length > options.maxBytes) return refuse(overLimit(length, options, "more than "));
    return { success: true, bytes: buffer.subarray(0, length) };
  } catch (error) {
    return refuse(`cannot be read: ${reason(error)}`);
  } finally {
    closeSync(descriptor);
  }
}

/** Why a symlink is refused (dangling, or leading outside the directory), or null when it may be followed. */
function checkSymlink(path: string, directory: string): string | null {
  let target: string;
  try {
    target = realpathSync(path);
  } catch {
    return `is a symbolic link to ${safeReadlink(path)}, which does not exist: remove the link or restore the file`;
  }
  const inside = relative(realpathSync(directory), target);
  if (inside === "" || inside.startsWith("..") || isAbsolute(inside)) {
    return `is a symbolic link to ${target}, outside the reports directory: expected the report itself, or a link to a file inside the directory`;
  }
  return null;
}

function fileKind(stats: Stats): string | null {
  if (stats.isFile()) return null;
  if (stats.isDirectory()) return "a directory";
  if (stats.isFIFO()) return "a named pipe (FIFO)";
  if (stats.isSocket()) return "a socket";
  if (stats.isCharacterDevice()) return "a character device";
  if (stats.isBlockDevice()) return "a block device";
  return "not a regular file";
}

function overLimit(bytes: number, options: ReadReportFileOptions, qualifier = ""): string {
  return `is ${qualifier}${formatBytes(bytes)}, over the ${formatBytes(options.maxBytes)} limit for ${options.kind} (${options.variable} raises it)`;
}

function safeReadlink(path: string): string {
  try {
    return readlinkSync(path);
  } catch {
    return "a missing file";
  }
}

function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  if (code === "ENOENT") return "the file disappeared while it was read";
  if (code === "ELOOP") return "a loop of symbolic links";
  return (error as Error).message;
}
