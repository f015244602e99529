/**
 * Writing the `--out` book without losing anything:
 *
 * - through a symbolic link: the link's target is written, the link is kept;
 * - a read-only book (no write bit) is refused, its mode never changed;
 * - a lock file beside the book (`BOOK.xlsx.lock`, created exclusively) keeps
 *   two fills from writing one book at once: the second waits for the first,
 *   then reads the book the first wrote; a lock older than 10 minutes, or of
 *   a process of this machine that no longer runs, is taken over;
 * - the book is fingerprinted (inode, size, modification time) when it is
 *   read, and checked again just before the new one replaces it: a save made
 *   meanwhile (a 报送 edit in Excel, which ignores our lock) stops the write;
 * - the new book is written to a temporary file beside the target, flushed,
 *   given the old book's mode, and renamed over it (never half a book).
 *
 * Every refusal is a BookError whose message says what to do; nothing on disk
 * is changed by a refusal.
 */
import { randomBytes } from "node:crypto";
import { closeSync, fsyncSync, lstatSync, openSync, readFileSync, readlinkSync, renameSync, statSync, unlinkSync, writeSync, chmodSync } from "node:fs";
import { hostname } from "node:os";
import { basename, dirname, isAbsolute, join, resolve } from "node:path";
import { z } from "zod";
import { messages } from "./messages";

export class BookError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "BookError";
  }
}

export const STALE_LOCK_MS = 10 * 60_000;

const LockInfoSchema = z.object({ pid: z.number().int(), host: z.string(), since: z.string() });

interface Fingerprint {
  ino: bigint;
  size: bigint;
  mtimeNs: bigint;
}

function fingerprint(path: string): Fingerprint | null {
  try {
    const st = statSync(path, { bigint: true });
    return { ino: st.ino, size: st.size, mtimeNs: st.mtimeNs };
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw e;
  }
}

const sameFingerprint = (a: Fingerprint | null, b: Fingerprint | null) =>
  a === null || b === null ? a === b : a.ino === b.ino && a.size === b.size && a.mtimeNs === b.mtimeNs;

/** The file a path finally names (following symbolic links, also dangling ones), or the path itself. */
export function resolveTarget(path: string): string {
  let p = resolve(path);
  for (let hops = 0; hops < 40; hops++) {
    let st;
    try {
      st = lstatSync(p);
    } catch {
      return p; // does not exist (yet): written as named
    }
    if (!st.isSymbolicLink()) return p;
    const link = readlinkSync(p);
    p = isAbsolute(link) ? link : resolve(dirname(p), link);
  }
  throw new BookError(messages().bookNotFile(path));
}

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

export interface BookOptions {
  /** How long to wait for another fill's lock before giving up (ms). */
  waitMs?: number;
  /** Told once when waiting for another fill. */
  onWait?: (message: string) => void;
  now?: () => number;
}

/**
 * The `--out` book of one fill. `open` checks at once what can be checked
 * before any work (symlink, folder, read-only); `lock` is taken just before
 * the book is read; `commit` writes; `release` (always, in finally) unlocks.
 */
export class Book {
  readonly target: string;
  private readonly lockPath: string;
  private locked = false;
  private seen: Fingerprint | null = null;

  private constructor(
    readonly path: string,
    private readonly opts: BookOptions,
  ) {
    this.target = resolveTarget(path);
    this.lockPath = `${this.target}.lock`;
  }

  static open(path: string, opts: BookOptions = {}): Book {
    const book = new Book(path, opts);
    book.checkWritable();
    return book;
  }

  private checkWritable(): void {
    const m = messages();
    let st;
    try {
      st = statSync(this.target);
    } catch {
      // a new book: its folder must exist (whether it can be written is seen when the lock is made)
      if (statSync(dirname(this.target), { throwIfNoEntry: false })?.isDirectory() !== true) {
        throw new BookError(m.bookNoFolder(dirname(this.target)));
      }
      return;
    }
    if (!st.isFile()) throw new BookError(m.bookNotFile(this.path));
    if ((st.mode & 0o222) === 0) throw new BookError(m.bookReadOnly(this.path));
  }

  /** Takes the lock (waiting for another fill) and remembers the book as it is now. */
  async lock(): Promise<void> {
    const m = messages();
    const now = this.opts.now ?? Date.now;
    const deadline = now() + (this.opts.waitMs ?? 120_000);
    let told = false;
    for (;;) {
      try {
        const fd = openSync(this.lockPath, "wx");
        try {
          writeSync(fd, JSON.stringify({ pid: process.pid, host: hostname(), since: new Date(now()).toISOString() }));
        } finally {
          closeSync(fd);
        }
        this.locked = true;
        break;
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code === "EACCES" || code === "EPERM" || code === "EROFS") throw new BookError(m.bookDirReadOnly(dirname(this.target)));
        if (code !== "EEXIST") throw new BookError(m.bookWriteFailed(this.path, code ?? (e as Error).message));
      }
      const holder = this.holder();
      if (holder === "stale") {
        try {
          unlinkSync(this.lockPath);
        } catch {
          /* another fill took it over first */
        }
        continue;
      }
      if (now() >= deadline) throw new BookError(m.bookLocked(this.path, holder?.pid ?? 0, holder?.since ?? "?"));
      if (!told) {
        told = true;
        this.opts.onWait?.(m.bookWaiting(this.path, holder?.pid ?? null));
      }
      await new Promise((r) => setTimeout(r, 200));
    }
    this.seen = fingerprint(this.target);
    this.checkWritable();
  }

  /** Who holds the lock; "stale" when it may be taken over; null when it cannot be read (being written). */
  private holder(): { pid: number; since: string } | "stale" | null {
    const now = (this.opts.now ?? Date.now)();
    let raw: string;
    let age: number;
    try {
      age = now - statSync(this.lockPath).mtimeMs;
      raw = readFileSync(this.lockPath, "utf8");
    } catch {
      return null; // gone meanwhile: the next try takes it
    }
    if (age > STALE_LOCK_MS) return "stale";
    let info;
    try {
      info = LockInfoSchema.parse(JSON.parse(raw));
    } catch {
      return age > 5_000 ? "stale" : null; // a lock never completed
    }
    if (info.host === hostname() && info.pid !== process.pid && !pidAlive(info.pid)) return "stale";
    return { pid: info.pid, since: info.since };
  }

  /** Replaces the book with `bytes`, unless it changed since `lock`. */
  async commit(bytes: Uint8Array): Promise<void> {
    const m = messages();
    if (!this.locked) await this.lock();
    if (!sameFingerprint(this.seen, fingerprint(this.target))) throw new BookError(m.bookChanged(this.path));
    this.checkWritable();
    const mode = this.seen === null ? 0o666 : statSync(this.target).mode & 0o7777;
    const tmp = join(dirname(this.target), `.${basename(this.target)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
    let fd: number;
    try {
      fd = openSync(tmp, "wx", mode);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      throw new BookError(code === "EACCES" || code === "EPERM" || code === "EROFS" ? m.bookDirReadOnly(dirname(this.target)) : m.bookWriteFailed(this.path, code ?? String(e)));
    }
    try {
      try {
        let off = 0;
        while (off < bytes.length) off += writeSync(fd, bytes, off, bytes.length - off);
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
      if (this.seen !== null) chmodSync(tmp, mode); // the umask may have narrowed it
      // last look: a save that landed while we wrote the temporary file
      if (!sameFingerprint(this.seen, fingerprint(this.target))) throw new BookError(m.bookChanged(this.path));
      renameSync(tmp, this.target);
    } catch (e) {
      try {
        unlinkSync(tmp);
      } catch {
        /* already renamed or never made */
      }
      if (e instanceof BookError) throw e;
      throw new BookError(m.bookWriteFailed(this.path, (e as NodeJS.ErrnoException).code ?? (e as Error).message));
    }
    this.seen = fingerprint(this.target);
  }

  /** Removes the lock if this fill holds it. Never throws. */
  release(): void {
    if (!this.locked) return;
    this.locked = false;
    try {
      unlinkSync(this.lockPath);
    } catch {
      /* already gone */
    }
  }
}
