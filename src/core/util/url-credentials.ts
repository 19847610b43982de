// Credentials written into an endpoint URL (`https://user:pass@host/v1`). They are a secret, so the URL is
// split before anything prints or sends it: the bare URL for the client and for messages, the decoded
// user and password for the endpoint's auth (Basic, as curl and browsers send URL credentials).
import { toBase64 } from './mask-secrets.js';

export interface UrlCredentials {
  username: string;
  password: string;
}

/** The URL without its `user:pass@` part, and the decoded credentials when it had any. */
export function splitUrlCredentials(raw: string): { url: string; credentials?: UrlCredentials } {
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    return { url: raw };
  }
  if (parsed.username === '' && parsed.password === '') return { url: raw };
  const decode = (s: string): string => {
    try {
      return decodeURIComponent(s);
    } catch {
      return s;
    }
  };
  const credentials = { username: decode(parsed.username), password: decode(parsed.password) };
  parsed.username = '';
  parsed.password = '';
  // new URL() adds a '/' to a bare origin; keep the caller's spelling otherwise.
  const url = raw.endsWith('/') || parsed.pathname !== '/' ? parsed.href : parsed.href.replace(/\/$/, '');
  return { url, credentials };
}

/** The `Authorization` value for URL credentials. */
export function basicAuthorization(c: UrlCredentials): string {
  return `Basic ${toBase64(new TextEncoder().encode(`${c.username}:${c.password}`))}`;
}

/** The secret parts of a URL's credentials, for the scrubber: the password, and user:password together. */
export function urlCredentialValues(raw: string | undefined): string[] {
  if (raw === undefined) return [];
  const { credentials } = splitUrlCredentials(raw);
  if (!credentials) return [];
  const out = new Set<string>();
  if (credentials.password !== '') out.add(credentials.password);
  // A URL with only a user part (`https://token@host`) carries the token there.
  else if (credentials.username !== '') out.add(credentials.username);
  // The raw userinfo as written (percent-encoded), and decoded, as it may appear in an echoed URL.
  const authority = /^[a-z][a-z0-9+.-]*:\/\/([^/?#]*)@/i.exec(raw)?.[1];
  if (authority) out.add(authority);
  out.add(`${credentials.username}:${credentials.password}`);
  return [...out];
}
