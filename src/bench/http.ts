// The API in process on a loopback port, and a client that times each request end to end
// (request out, JSON parsed).
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Express } from 'express';

export interface ApiServer {
  base: string;
  close(): Promise<void>;
}

export async function listenLoopback(app: Express): Promise<ApiServer> {
  const server = http.createServer(app);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export interface Timed<T> {
  status: number;
  body: T;
  ms: number;
}

export async function getJson<T = unknown>(base: string, pathAndQuery: string): Promise<Timed<T>> {
  const url = new URL(pathAndQuery, base);
  if (url.hostname !== '127.0.0.1') throw new Error(`the benchmark only talks to 127.0.0.1, not ${url.hostname}`);
  const started = performance.now();
  const res = await fetch(url, { headers: { accept: 'application/json' }, signal: AbortSignal.timeout(30_000) });
  const body = (await res.json()) as T;
  return { status: res.status, body, ms: performance.now() - started };
}

export function query(path: string, params: Record<string, string | number>): string {
  const qs = new URLSearchParams(Object.entries(params).map(([k, v]): [string, string] => [k, String(v)])).toString();
  return qs ? `${path}?${qs}` : path;
}
