// One client of `npm run bench:floor`, in its own process so that its figures are whole-process ones
// like the CLI's (Node start-up included). argv: mode (raw | sdk | sdk-undici), base URL, requests,
// concurrency. Prints one JSON line: CPU ms (user + system), peak RSS MB.
import http from 'node:http';
import { lib } from './support.mjs';

const [mode, baseUrl, requests, concurrency] = [
  process.argv[2],
  process.argv[3],
  Number(process.argv[4]),
  Number(process.argv[5]),
];
const messages = (i) => [{ role: 'user', content: `Say hello to user ${i} about topic ${i % 17}` }];

let send;
let close = () => {};
if (mode === 'raw') {
  // The machine's floor: Node's HTTP client on keep-alive sockets, the same JSON in and out, nothing else.
  const url = new URL(`${baseUrl.replace(/\/$/, '')}/chat/completions`);
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  close = () => agent.destroy();
  send = (i) =>
    new Promise((resolve, reject) => {
      const body = JSON.stringify({ model: 'gpt-4o-mini', messages: messages(i), temperature: 0, max_tokens: 50 });
      const req = http.request(
        url,
        {
          method: 'POST',
          agent,
          headers: {
            'content-type': 'application/json',
            authorization: 'Bearer sk-bench-not-a-real-key',
            'content-length': Buffer.byteLength(body),
          },
        },
        (res) => {
          const chunks = [];
          res.on('data', (c) => chunks.push(c));
          res.on('end', () => resolve(JSON.parse(Buffer.concat(chunks).toString('utf8'))));
        },
      );
      req.on('error', reject);
      req.end(body);
    });
} else {
  // The openai SDK as evalgate uses it (its undici request-API fetch from lib/), or with Node's fetch.
  const { default: OpenAI } = await import('openai');
  const options = { baseURL: baseUrl, apiKey: 'sk-bench-not-a-real-key', maxRetries: 0 };
  if (mode === 'sdk') {
    const { createUndiciFetch } = await lib('src/adapters/http/undici-fetch.js');
    const fetch = createUndiciFetch();
    options.fetch = fetch;
    close = () => fetch.destroy();
  }
  const client = new OpenAI(options);
  send = (i) =>
    client.chat.completions.create({ model: 'gpt-4o-mini', messages: messages(i), temperature: 0, max_tokens: 50 });
}

let next = 0;
await Promise.all(
  Array.from({ length: concurrency }, async () => {
    while (next < requests) await send(next++);
  }),
);
close();
const u = process.resourceUsage();
console.log(JSON.stringify({ cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000, rssMb: u.maxRSS / 1024 }));
