// The JSONL trace: one TraceRecord per line, appended as it happens — the audit log of every request.
// Durability: a record's promise resolves only after its bytes were written and fdatasync'ed, so neither a
// crash of the process nor of the machine loses a reported record. Writes that arrive while a sync is in
// flight are committed together (group commit), so a run at concurrency 50 does not pay one disk sync per
// request in series.
// Secrets: the engine never puts keys into records; this sink scrubs the known key values anyway (e.g. a
// proxy that echoes the Authorization header into an error message), because a trace gets uploaded as an
// artifact and one leak there is one too many.
// A file left truncated by a crash (no final newline) gets one before the first new record, so the
// partial line stays alone and every appended record parses.
import { mkdir, open, type FileHandle } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { TraceRecord, TraceSink } from '../../core/ports/stores.js';
import { maskSecrets } from '../../core/util/mask-secrets.js';

export interface JsonlTraceOptions {
  path: string;
  /** Key values that must never be written; a function so keys learnt during the run count too. */
  secrets?: readonly string[] | (() => readonly string[]);
  /** fdatasync after each batch (default true). */
  durable?: boolean;
}

const SECRET_MASK = '[REDACTED]';

interface Pending {
  line: string;
  resolve: () => void;
  reject: (err: unknown) => void;
}

/** Replaces each known secret, raw and as it appears JSON-escaped, in a JSON text. */
function scrubJson(text: string, secrets: readonly string[]): string {
  return maskSecrets(text, secrets, SECRET_MASK, (s) => [...new Set([s, JSON.stringify(s).slice(1, -1)])]);
}

export class JsonlTrace implements TraceSink {
  readonly path: string;
  private readonly secrets: () => readonly string[];
  private readonly durable: boolean;
  private handle: Promise<FileHandle> | undefined;
  private queue: Pending[] = [];
  private draining: Promise<void> | undefined;
  private closed = false;
  /** Written before the first batch: a newline when the existing file ends mid-line. */
  private lead = '';

  constructor(opts: JsonlTraceOptions) {
    this.path = opts.path;
    const s = opts.secrets ?? [];
    this.secrets = typeof s === 'function' ? s : () => s;
    this.durable = opts.durable ?? true;
  }

  write(record: TraceRecord): Promise<void> {
    if (this.closed) return Promise.reject(new Error(`trace ${this.path} is closed`));
    const line = `${scrubJson(JSON.stringify(record), this.secrets())}\n`;
    return new Promise<void>((resolve, reject) => {
      this.queue.push({ line, resolve, reject });
      this.draining ??= this.drain();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.draining;
    if (this.handle) await (await this.handle).close();
    this.handle = undefined;
  }

  private open(): Promise<FileHandle> {
    return (this.handle ??= mkdir(dirname(this.path), { recursive: true }).then(async () => {
      const fh = await open(this.path, 'a+');
      const { size } = await fh.stat();
      if (size > 0) {
        const last = Buffer.alloc(1);
        await fh.read(last, 0, 1, size - 1);
        if (last[0] !== 0x0a) this.lead = '\n';
      }
      return fh;
    }));
  }

  private async drain(): Promise<void> {
    try {
      while (this.queue.length > 0) {
        const batch = this.queue;
        this.queue = [];
        try {
          const fh = await this.open();
          await fh.appendFile(this.lead + batch.map((p) => p.line).join(''), 'utf8');
          this.lead = '';
          if (this.durable) await fh.datasync();
          for (const p of batch) p.resolve();
        } catch (err) {
          for (const p of batch) p.reject(err);
        }
      }
    } finally {
      this.draining = undefined;
    }
  }
}
