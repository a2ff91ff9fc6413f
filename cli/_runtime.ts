/**
 * The process the command line runs in, behind one small interface: its
 * arguments, standard output and error, standard input, bounded file reads
 * and exit. One adapter for Deno and one for Node.js and Bun (through
 * `node:fs`), chosen at start; nothing else in the CLI touches a runtime's
 * globals. Writes are synchronous, so output is in order, a failed write is
 * known at once, and nothing is pending at exit.
 *
 * The runtimes are described structurally (no `Deno` or `@types/node`
 * types), so that the module type-checks anywhere.
 *
 * @module
 */

/** The reader of standard output went away (`secrets ... | head -1`): stop quietly. */
export class BrokenPipe extends Error {
  override name = "BrokenPipe";
}

/** Output could not be written, or a file could not be read (exit status 1). */
export class IoError extends Error {
  override name = "IoError";
}

/**
 * A file the user named cannot be used as input: missing, a directory or a
 * device, too large, not readable (exit status 2). The message is ready to
 * print after the file's name.
 */
export class InputError extends Error {
  override name = "InputError";
}

/** What the command line needs from the process. */
export interface ProcessIO {
  /** Writes text to standard output, whole, before returning. */
  write(text: string): void;
  /** Writes bytes to standard output, whole, before returning. */
  writeBytes(bytes: Uint8Array): void;
  /** Writes one line to standard error; never throws. */
  error(line: string): void;
  /** Reads a regular file or a pipe, refusing more than `maxBytes`. */
  readFile(path: string, maxBytes: number): Promise<Uint8Array>;
  /** Reads standard input to its end, refusing more than `maxBytes`. */
  readStdin(maxBytes: number): Promise<Uint8Array>;
}

/** The running process. */
export interface Runtime {
  /** `"deno"`, `"node"` or `"bun"`. */
  readonly name: string;
  /** The arguments, without the runtime and the script. */
  readonly args: readonly string[];
  /** Standard streams and files. */
  readonly io: ProcessIO;
  /** Ends the process with `code`. */
  exit(code: number): never;
}

interface DenoFileInfo {
  isFile: boolean;
  isDirectory: boolean;
  isFifo?: boolean | null;
}

interface DenoFile {
  read(p: Uint8Array): Promise<number | null>;
  stat(): Promise<DenoFileInfo>;
  close(): void;
}

interface DenoLike {
  args: string[];
  mainModule?: string;
  stdout: { writeSync(p: Uint8Array): number };
  stderr: { writeSync(p: Uint8Array): number };
  stdin: { read(p: Uint8Array): Promise<number | null> };
  open(path: string): Promise<DenoFile>;
  exit(code: number): never;
}

interface NodeStats {
  isFile(): boolean;
  isDirectory(): boolean;
  isFIFO(): boolean;
}

interface NodeFs {
  writeSync(fd: number, buffer: Uint8Array, offset: number, length: number): number;
  readSync(fd: number, buffer: Uint8Array, offset: number, length: number, position: null): number;
  openSync(path: string, flags: string): number;
  fstatSync(fd: number): NodeStats;
  closeSync(fd: number): void;
  realpathSync(path: string): string;
}

interface NodeProcess {
  argv: string[];
  versions: { node?: string; bun?: string };
  exit(code: number): never;
}

const globals = globalThis as { Deno?: DenoLike; process?: NodeProcess };
const CHUNK = 65536;

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** Reads with `read` until the end, refusing more than `max` bytes. */
async function readCapped(
  read: (buf: Uint8Array) => Promise<number | null> | number | null,
  max: number,
): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  let total = 0;
  while (true) {
    const buf = new Uint8Array(CHUNK);
    const n = await read(buf);
    if (n === null || n === 0) break;
    total += n;
    if (total > max) throw new InputError(`is larger than ${describeSize(max)}`);
    parts.push(buf.subarray(0, n));
  }
  const out = new Uint8Array(total);
  let off = 0;
  for (const p of parts) {
    out.set(p, off);
    off += p.length;
  }
  return out;
}

function describeSize(bytes: number): string {
  return bytes % 2 ** 20 === 0 ? `${bytes / 2 ** 20} MiB` : `${bytes} bytes`;
}

function denoRuntime(deno: DenoLike): Runtime {
  const encoder = new TextEncoder();
  const writeAll = (bytes: Uint8Array) => {
    let off = 0;
    try {
      while (off < bytes.length) off += deno.stdout.writeSync(bytes.subarray(off));
    } catch (e) {
      if ((e as Error)?.name === "BrokenPipe") throw new BrokenPipe("the reader closed the pipe");
      throw new IoError(`cannot write output: ${errorText(e)}`);
    }
  };
  const inputError = (e: unknown, path: string): Error => {
    switch ((e as Error)?.name) {
      case "NotFound":
        return new InputError("does not exist");
      case "IsADirectory":
        return new InputError("is a directory");
      case "PermissionDenied":
        return new InputError("cannot be read: permission denied");
      case "NotCapable":
        return new InputError(`needs read permission: ${readPermissionFix(deno.mainModule, path)}`);
      default:
        return e instanceof InputError ? e : new IoError(`cannot be read: ${errorText(e)}`);
    }
  };
  return {
    name: "deno",
    args: deno.args,
    exit: (code) => deno.exit(code),
    io: {
      write: (text) => writeAll(encoder.encode(text)),
      writeBytes: writeAll,
      error: (line) => {
        try {
          const bytes = encoder.encode(line + "\n");
          let off = 0;
          while (off < bytes.length) off += deno.stderr.writeSync(bytes.subarray(off));
        } catch { /* nowhere left to report it */ }
      },
      readStdin: async (max) => {
        try {
          return await readCapped((buf) => deno.stdin.read(buf), max);
        } catch (e) {
          throw inputError(e, "-");
        }
      },
      readFile: async (path, max) => {
        let file: DenoFile;
        try {
          file = await deno.open(path);
        } catch (e) {
          throw inputError(e, path);
        }
        try {
          const info = await file.stat();
          if (info.isDirectory) throw new InputError("is a directory");
          // Regular files and pipes (`--wordlist <(...)`); never a device such as /dev/zero.
          if (!info.isFile && !info.isFifo) throw new InputError("is not a regular file");
          return await readCapped((buf) => file.read(buf), max);
        } catch (e) {
          throw inputError(e, path);
        } finally {
          file.close();
        }
      },
    },
  };
}

async function nodeRuntime(proc: NodeProcess): Promise<Runtime> {
  const fs = await import("node:fs") as unknown as NodeFs;
  const encoder = new TextEncoder();
  // A descriptor that someone made non-blocking answers EAGAIN when full or
  // empty: wait a moment and try again, without spinning.
  const pause = new Int32Array(new SharedArrayBuffer(4));
  const retry = <T>(op: () => T): T => {
    while (true) {
      try {
        return op();
      } catch (e) {
        if ((e as { code?: string })?.code !== "EAGAIN") throw e;
        Atomics.wait(pause, 0, 0, 2);
      }
    }
  };
  const writeAll = (fd: number, bytes: Uint8Array) => {
    let off = 0;
    while (off < bytes.length) {
      off += retry(() => fs.writeSync(fd, bytes, off, bytes.length - off));
    }
  };
  const writeOut = (bytes: Uint8Array) => {
    try {
      writeAll(1, bytes);
    } catch (e) {
      if ((e as { code?: string })?.code === "EPIPE") {
        throw new BrokenPipe("the reader closed the pipe");
      }
      throw new IoError(`cannot write output: ${nodeMessage(e)}`);
    }
  };
  const readFd = (fd: number, max: number) =>
    readCapped((buf) => retry(() => fs.readSync(fd, buf, 0, buf.length, null)), max);
  const inputError = (e: unknown): Error => {
    if (e instanceof InputError) return e;
    switch ((e as { code?: string })?.code) {
      case "ENOENT":
      case "ENOTDIR":
        return new InputError("does not exist");
      case "EISDIR":
        return new InputError("is a directory");
      case "EACCES":
      case "EPERM":
        return new InputError("cannot be read: permission denied");
      default:
        return new IoError(`cannot be read: ${nodeMessage(e)}`);
    }
  };
  return {
    name: proc.versions.bun ? "bun" : "node",
    args: proc.argv.slice(2),
    exit: (code) => proc.exit(code),
    io: {
      write: (text) => writeOut(encoder.encode(text)),
      writeBytes: writeOut,
      error: (line) => {
        try {
          writeAll(2, encoder.encode(line + "\n"));
        } catch { /* nowhere left to report it */ }
      },
      readStdin: async (max) => {
        try {
          return await readFd(0, max);
        } catch (e) {
          throw inputError(e);
        }
      },
      readFile: async (path, max) => {
        let fd: number;
        try {
          fd = fs.openSync(path, "r");
        } catch (e) {
          throw inputError(e);
        }
        try {
          const st = fs.fstatSync(fd);
          if (st.isDirectory()) throw new InputError("is a directory");
          if (!st.isFile() && !st.isFIFO()) throw new InputError("is not a regular file");
          return await readFd(fd, max);
        } catch (e) {
          throw inputError(e);
        } finally {
          fs.closeSync(fd);
        }
      },
    },
  };
}

/**
 * How to give the CLI read access, for the way it was started. Deno shows
 * only the module that runs: an installed `secrets` (a script that runs
 * `deno run MODULE`) and `deno run MODULE` look the same from inside, so
 * both fixes are given, exactly; a `deno compile`d binary (its module lives
 * under a `deno-compile-` directory) must be compiled again.
 */
export function readPermissionFix(mainModule: string | undefined, path: string): string {
  const module = mainModule === undefined
    ? "jsr:@secrets/secrets/cli"
    : /^https:\/\/jsr\.io\/@secrets\/secrets\/[^/]+\/cli\.ts$/.test(mainModule)
    ? "jsr:@secrets/secrets/cli"
    : mainModule.startsWith("file://")
    ? decodeURIComponent(new URL(mainModule).pathname)
    : mainModule;
  const arg = (text: string) =>
    /^[\w@%+=:,./-]+$/.test(text) ? text : `'${text.replaceAll("'", `'\\''`)}'`;
  if (/\/deno-compile-[^/]*\//.test(module)) {
    return `this binary was compiled without it: compile it again with --allow-read ` +
      `(deno compile --allow-read ...)`;
  }
  const read = arg(`--allow-read=${path}`);
  return `install secrets again with read access (deno install -g -f -n secrets --allow-read ` +
    `${arg(module)}), or with deno run, add ${read} (deno run ${read} ${arg(module)} ...)`;
}

/** "ENOSPC: no space left on device, write" -> "no space left on device". */
function nodeMessage(e: unknown): string {
  return errorText(e).replace(/^[A-Z]+: /, "").replace(/, \w+( '.*')?$/, "");
}

/**
 * The adapter for the runtime this code runs on.
 *
 * @throws {Error} If it is neither Deno, Node.js nor Bun.
 */
export async function currentRuntime(): Promise<Runtime> {
  const deno = globals.Deno;
  if (typeof deno?.stdout?.writeSync === "function") return denoRuntime(deno);
  const proc = globals.process;
  if (proc?.versions?.node !== undefined) return await nodeRuntime(proc);
  throw new Error("the command line runs on Deno, Node.js or Bun");
}

/**
 * Whether the module whose `import.meta` is `meta` is the program being
 * run: `import.meta.main` where the runtime has it (Deno, Bun, Node.js
 * 24.2+), else (older Node.js) whether it is the script named on the
 * command line, following symbolic links (an npm `bin` is one).
 */
export async function isMainModule(meta: { url: string; main?: boolean }): Promise<boolean> {
  if (typeof meta.main === "boolean") return meta.main;
  const proc = globals.process;
  const script = proc?.argv?.[1];
  if (proc?.versions?.node === undefined || script === undefined) return false;
  try {
    const fs = await import("node:fs") as unknown as NodeFs;
    const url = await import("node:url");
    return meta.url === url.pathToFileURL(fs.realpathSync(script)).href;
  } catch {
    return false;
  }
}
