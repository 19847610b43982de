// The monitor's HTTP listener: /healthz (the process is up and serving), /readyz (the config is loaded
// and no target's last check failed: 503 with the failing targets otherwise), /metrics (Prometheus).
import { createServer, type Server } from 'node:http';

export interface HttpHandlers {
  ready(): { ok: boolean; detail: string };
  metrics?: () => Promise<{ contentType: string; body: string }>;
}

/** `HOST:PORT` (IPv6 in brackets: `[::]:9464`); port 0 picks a free one. */
export function parseListen(value: string): { host: string; port: number } {
  const m = /^(?:\[([^\]]+)\]|([^:]*)):(\d{1,5})$/.exec(value);
  const port = m ? Number(m[3]) : NaN;
  if (!m || port > 65535)
    throw new Error(`--listen must be HOST:PORT (e.g. 127.0.0.1:9464, 0.0.0.0:9464), got "${value}"`);
  return { host: m[1] ?? (m[2] || '0.0.0.0'), port };
}

export async function startHttp(
  listen: { host: string; port: number },
  h: HttpHandlers,
): Promise<{ server: Server; url: string; close(): Promise<void> }> {
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    const send = (status: number, type: string, body: string): void => {
      res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, 'text/plain', 'method not allowed\n');
    if (path === '/healthz') return send(200, 'text/plain', 'ok\n');
    if (path === '/readyz') {
      const r = h.ready();
      return send(r.ok ? 200 : 503, 'text/plain', `${r.detail}\n`);
    }
    if (path === '/metrics' && h.metrics) {
      h.metrics().then(
        (m) => send(200, m.contentType, m.body),
        (e: unknown) => send(500, 'text/plain', `metrics failed: ${e instanceof Error ? e.message : String(e)}\n`),
      );
      return;
    }
    send(404, 'text/plain', 'not found: /healthz, /readyz, /metrics\n');
  });
  // Keep-alive sockets of a scraper must not hold the process open after stop.
  server.keepAliveTimeout = 5_000;
  await new Promise<void>((res, rej) => {
    server.once('error', rej);
    server.listen(listen.port, listen.host, () => res());
  });
  const addr = server.address();
  const port = typeof addr === 'object' && addr ? addr.port : listen.port;
  const host = listen.host.includes(':') ? `[${listen.host}]` : listen.host;
  return {
    server,
    url: `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}`,
    close: () =>
      new Promise<void>((res) => {
        server.close(() => res());
        server.closeAllConnections();
      }),
  };
}
