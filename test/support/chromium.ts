// Headless Chromium driven over the DevTools protocol (Node's built-in WebSocket), for tests that must
// see a page as a browser renders it: visibility after CSS filters, what the DOM really contains, whether
// any script ran. Debian's chromium (what .ci/run installs) or the Chrome of GitHub's Ubuntu runners.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const CHROMIUM =
  process.env['EVALGATE_CHROMIUM'] ??
  ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((p) => existsSync(p)) ??
  '/usr/bin/chromium';
/** A developer machine without a browser skips browser checks; CI (CI=true) never does. */
export const noBrowser = !existsSync(CHROMIUM) && !process.env['CI'];

export interface Page {
  evaluate<T>(expression: string): Promise<T>;
  close(): Promise<void>;
}

/** Opens `url` in a fresh headless browser and waits until the document has loaded. */
export async function openPage(url: string): Promise<Page> {
  const profile = await mkdtemp(join(tmpdir(), 'evalgate-chromium-'));
  const proc: ChildProcess = spawn(
    CHROMIUM,
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--remote-debugging-port=0',
      `--user-data-dir=${profile}`,
      'about:blank',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const wsUrl = await new Promise<string>((resolve, reject) => {
    let buf = '';
    const timer = setTimeout(() => reject(new Error(`chromium did not start: ${buf.slice(-500)}`)), 30_000);
    proc.stderr!.on('data', (d: Buffer) => {
      buf += d.toString();
      const m = /DevTools listening on (ws:\/\/\S+)/.exec(buf);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    });
    proc.on('exit', (code) => reject(new Error(`chromium exited (${code}): ${buf.slice(-500)}`)));
  });
  const ws = new WebSocket(wsUrl);
  await new Promise((resolve, reject) => {
    ws.onopen = resolve;
    ws.onerror = reject;
  });
  let nextId = 1;
  const pending = new Map<number, { resolve: (v: any) => void; reject: (e: Error) => void }>();
  ws.onmessage = (ev) => {
    const msg = JSON.parse(String(ev.data)) as { id?: number; result?: unknown; error?: { message: string } };
    const p = msg.id !== undefined ? pending.get(msg.id) : undefined;
    if (!p) return;
    pending.delete(msg.id!);
    if (msg.error) p.reject(new Error(msg.error.message));
    else p.resolve(msg.result);
  };
  const send = (method: string, params: object = {}, sessionId?: string): Promise<any> =>
    new Promise((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve, reject });
      ws.send(JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) }));
    });
  const { targetId } = (await send('Target.createTarget', { url })) as { targetId: string };
  const { sessionId } = (await send('Target.attachToTarget', { targetId, flatten: true })) as { sessionId: string };
  const evaluate = async <T>(expression: string): Promise<T> => {
    const r = (await send('Runtime.evaluate', { expression, returnByValue: true, awaitPromise: true }, sessionId)) as {
      result: { value: T };
      exceptionDetails?: { text: string };
    };
    if (r.exceptionDetails) throw new Error(`evaluate failed: ${r.exceptionDetails.text}`);
    return r.result.value;
  };
  // A loaded machine can take many seconds to load even a local page: wait for it, and say so if it never does
  // (evaluating an unloaded page would fail the test with a misleading "no rows").
  const deadline = Date.now() + 90_000;
  for (;;) {
    // One expression: two evaluations could straddle the navigation (about:blank "complete", then the new
    // document's URL while it is still loading).
    if (await evaluate<boolean>(`document.readyState === 'complete' && location.href !== 'about:blank'`)) break;
    if (Date.now() > deadline) throw new Error(`chromium did not finish loading ${url} within 90 s`);
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    evaluate,
    close: async () => {
      ws.close();
      proc.kill('SIGKILL');
      await new Promise((r) => (proc.exitCode !== null ? r(undefined) : proc.once('exit', r)));
      // Chromium's helper processes may still be writing the profile for a moment after the main one dies.
      await rm(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 }).catch(() => undefined);
    },
  };
}
