// The monitor's pieces below the service: monitor.yml validation with located errors, secrets from the
// environment or _FILE, the catch-up decision, and webhooks (retried, one idempotency key per event,
// against a loopback receiver).
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import cron from 'node-cron';
import { describe, expect, it } from 'vitest';
import { parseMonitorConfig } from '../../../src/app/monitor/config.js';
import { targetEnv } from '../../../src/app/monitor/secrets.js';
import { owesCatchUp } from '../../../src/app/monitor/state.js';
import { createWebhookSender, webhookEvents } from '../../../src/app/monitor/webhook.js';
import type { SuiteDriftOutcome } from '../../../src/core/drift/check.js';

const target = (extra = '') => `version: 1
targets:
  - name: a
    checkout: .
    schedule: "0 3 * * *"
${extra}`;

describe('monitor config', () => {
  it('accepts a valid config with defaults', () => {
    const c = parseMonitorConfig(target('    timezone: Europe/Berlin\n'), 'monitor.yml');
    expect(c.targets[0]).toMatchObject({
      name: 'a',
      config: 'evalgate.yml',
      jitterSeconds: 0,
      store: 'local',
      env: {},
      secrets: {},
    });
    expect(c.stopTimeoutSeconds).toBe(60);
  });

  it('says where and why: unknown key, bad schedule and zone, a secret in env, duplicate names', () => {
    const text = `version: 1
targets:
  - name: a
    checkout: .
    schedul: "0 3 * * *"
  - name: b
    checkout: .
    schedule: "99 * * * *"
    timezone: Mars/Olympus
    env: { OPENAI_API_KEY: sk-live }
  - name: b
    repo: o/r
    schedule: "0 3 * * *"
`;
    let msg = '';
    try {
      parseMonitorConfig(text, 'monitor.yml');
    } catch (e) {
      msg = String(e);
    }
    expect(msg).toContain('monitor.yml:5:5 targets[0].schedul: unknown key "schedul" (did you mean "schedule"?)');
    // zod stops at the first failing object; fix it and the semantic checks report.
    let msg2 = '';
    try {
      parseMonitorConfig(text.replace('schedul:', 'schedule:'), 'monitor.yml');
    } catch (e) {
      msg2 = String(e);
    }
    expect(msg2).toMatch(/monitor\.yml:8:\d+ targets\[1\]\.schedule: invalid cron schedule "99 \* \* \* \*"/);
    expect(msg2).toMatch(/monitor\.yml:9:\d+ targets\[1\]\.timezone: unknown time zone "Mars\/Olympus"/);
    expect(msg2).toMatch(/monitor\.yml:10:\d+ targets\[1\]\.env\.OPENAI_API_KEY: "OPENAI_API_KEY" looks like a secret/);
    expect(msg2).toMatch(/monitor\.yml:11:\d+ targets\[2\]\.name: duplicate target name "b"/);
    expect(msg2).not.toContain('sk-live');
  });
});

describe('monitor secrets', () => {
  it('reads a mapped secret from the variable or from its _FILE, and fails naming the variable', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'evalgate-secrets-'));
    try {
      await writeFile(join(dir, 'tok'), 'ghs_from_file_123\n');
      const env = await targetEnv(
        { ACME_TOKEN_FILE: join(dir, 'tok'), KEY: 'sk-direct-123', OPENAI_API_KEY_FILE: join(dir, 'tok') },
        { OPENAI_BASE_URL: 'http://gw/v1' },
        { GITHUB_TOKEN: 'ACME_TOKEN', X_KEY: 'KEY' },
        't',
      );
      expect(env).toMatchObject({
        GITHUB_TOKEN: 'ghs_from_file_123',
        X_KEY: 'sk-direct-123',
        OPENAI_BASE_URL: 'http://gw/v1',
        OPENAI_API_KEY: 'ghs_from_file_123',
      });
      await expect(targetEnv({}, {}, { GITHUB_TOKEN: 'MISSING' }, 't')).rejects.toThrow(
        'target "t": secret GITHUB_TOKEN comes from MISSING, but neither MISSING nor MISSING_FILE is set',
      );
      await expect(
        targetEnv({ MISSING_FILE: join(dir, 'nope') }, {}, { GITHUB_TOKEN: 'MISSING' }, 't'),
      ).rejects.toThrow('MISSING_FILE: cannot read the secret file (ENOENT)');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('catch-up at start', () => {
  const daily = cron.createTask('0 3 * * *', () => {}, { timezone: 'UTC' });
  const matches = (d: Date) => daily.match(d);
  const at = (iso: string) => new Date(iso);

  it('owes one check after a missed schedule time or an interrupted check, none otherwise', () => {
    expect(owesCatchUp({}, at('2026-12-07T10:00:00Z'), matches, false), 'first start').toBe(false);
    expect(
      owesCatchUp(
        { started: '2026-12-07T03:00:01Z', finished: '2026-12-07T03:00:01Z' },
        at('2026-12-07T10:00:00Z'),
        matches,
        false,
      ),
      'ran today',
    ).toBe(false);
    expect(
      owesCatchUp(
        { started: '2026-12-06T03:00:01Z', finished: '2026-12-06T03:00:01Z' },
        at('2026-12-07T10:00:00Z'),
        matches,
        false,
      ),
      'down at 03:00 today',
    ).toBe(true);
    expect(
      owesCatchUp(
        { started: '2026-12-01T03:00:01Z', finished: '2026-12-01T03:00:01Z' },
        at('2026-12-07T10:00:00Z'),
        matches,
        false,
      ),
      'down for six nights: still one',
    ).toBe(true);
    expect(
      owesCatchUp(
        { started: '2026-12-07T03:00:01Z', finished: '2026-12-06T03:00:01Z' },
        at('2026-12-07T10:00:00Z'),
        matches,
        false,
      ),
      'interrupted',
    ).toBe(true);
    expect(
      owesCatchUp({ started: '2026-12-07T03:00:01Z' }, at('2026-12-07T10:00:00Z'), matches, false),
      'first check interrupted',
    ).toBe(true);
  });
});

const outcome = (action: SuiteDriftOutcome['action'], extra: Partial<SuiteDriftOutcome> = {}): SuiteDriftOutcome =>
  ({
    suite: 's',
    status: 'drifted',
    action,
    confirmations: 0,
    healthyStreak: 0,
    entry: { aggregates: { meanScore: 0.8 } },
    issue: { number: 7, url: 'https://gh/o/r/issues/7' },
    ...extra,
  }) as unknown as SuiteDriftOutcome;

describe('webhooks', () => {
  it('one event per issue action, keyed by target, suite, event and run', () => {
    const ev = webhookEvents('t', 'run-1', [
      outcome('open'),
      outcome('comment', { suite: 'u' }),
      outcome('none', { suite: 'v' }),
      outcome('close', { suite: 'w', actionFailed: true }),
    ]);
    expect(ev.map((e) => [e.evalgate.suite, e.evalgate.event])).toEqual([
      ['s', 'opened'],
      ['u', 'persists'],
    ]);
    expect(ev[0]!.text).toBe('evalgate t/s: drift detected (score 0.800) <https://gh/o/r/issues/7|issue #7>');
    expect(webhookEvents('t', 'run-1', [outcome('open')])[0]!.evalgate.idempotencyKey).toBe(
      ev[0]!.evalgate.idempotencyKey,
    );
    expect(webhookEvents('t', 'run-2', [outcome('open')])[0]!.evalgate.idempotencyKey).not.toBe(
      ev[0]!.evalgate.idempotencyKey,
    );
  });

  it('retries a 5xx with the same idempotency key, gives up on a 4xx, and never names the URL', async () => {
    const seen: { status: number; key: string | undefined; body: string }[] = [];
    let answers = [503, 500, 200];
    const server = createServer((req, res) => {
      let body = '';
      req.on('data', (d: Buffer) => (body += d.toString()));
      req.on('end', () => {
        const status = answers.shift() ?? 200;
        seen.push({ status, key: req.headers['idempotency-key'] as string | undefined, body });
        res.statusCode = status;
        res.end();
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const port = (server.address() as { port: number }).port;
    const url = `http://127.0.0.1:${port}/hooks/secret-path-0123456789`;
    try {
      const sleeps: number[] = [];
      const sender = createWebhookSender(
        url,
        (t) => t.replaceAll('sk-leak-0123456789', '***'),
        async (ms) => void sleeps.push(ms),
      );
      const [payload] = webhookEvents('t', 'run-1', [outcome('open', { suite: 'sk-leak-0123456789' })]);
      await sender.send(payload!);
      expect(seen.map((s) => s.status)).toEqual([503, 500, 200]);
      expect(new Set(seen.map((s) => s.key))).toEqual(new Set([payload!.evalgate.idempotencyKey]));
      expect(sleeps).toEqual([1000, 2000]);
      expect(seen[0]!.body).not.toContain('sk-leak-0123456789');

      answers = [404];
      seen.length = 0;
      const err = await sender.send(payload!).catch((e: Error) => e);
      expect(seen).toHaveLength(1);
      expect(String(err)).toContain('webhook of t failed (HTTP 404)');
      expect(String(err)).not.toContain('secret-path');
    } finally {
      await new Promise((r) => server.close(r));
    }
  });
});
