// A real loopback HTTP proxy for tests: CONNECT tunnels (how clients reach https and, with undici,
// http targets too) and absolute-form forwarding (classic http proxying). Host names in `hosts` are
// mapped to loopback addresses only here, so a client that bypasses the proxy cannot resolve them:
// a proxy that must be used. Records every proxied destination.
import { createServer, request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import { connect, type AddressInfo, type Socket } from 'node:net';

export interface FakeProxy {
  url: string;
  /** `host:port` of every CONNECT and forwarded request, in order. */
  seen: string[];
  close(): Promise<void>;
}

/** `hosts`: name → `127.0.0.1:<port>` the proxy connects to instead. */
export async function startFakeProxy(hosts: Record<string, string>): Promise<FakeProxy> {
  const seen: string[] = [];
  const sockets = new Set<Socket>();
  const route = (hostPort: string): { host: string; port: number } | undefined => {
    const [name] = hostPort.split(':');
    const mapped = hosts[name ?? ''];
    if (mapped) {
      const [h, p] = mapped.split(':');
      return { host: h!, port: Number(p) };
    }
    return undefined;
  };
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    // Absolute-form: GET http://host:port/path
    let target: URL;
    try {
      target = new URL(req.url ?? '');
    } catch {
      res.writeHead(400).end('fake proxy: absolute URL expected');
      return;
    }
    seen.push(target.host);
    const to = route(target.host);
    if (!to) {
      res.writeHead(502).end(`fake proxy: unknown host ${target.host}`);
      return;
    }
    const up = httpRequest(
      { host: to.host, port: to.port, method: req.method, path: target.pathname + target.search, headers: req.headers },
      (r) => {
        res.writeHead(r.statusCode ?? 502, r.headers);
        r.pipe(res);
      },
    );
    up.on('error', () => res.writeHead(502).end());
    req.pipe(up);
  });
  server.on('connect', (req: IncomingMessage, client: Socket, head: Buffer) => {
    const hostPort = req.url ?? '';
    seen.push(hostPort);
    const to = route(hostPort);
    if (!to) {
      client.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
      return;
    }
    const upstream = connect(to.port, to.host, () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    sockets.add(upstream);
    upstream.on('close', () => sockets.delete(upstream));
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  });
  server.on('connection', (s: Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    seen,
    async close() {
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
