/**
 * A plain static file server on 127.0.0.1, with no special headers (no COOP/COEP), as an ordinary
 * static host would serve dist/. Used by the end-to-end tests and the benchmark. Like ordinary
 * hosts it answers single byte ranges (`Range: bytes=a-b`) with 206, and it records each request
 * so a test can see what the page fetched.
 */
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import type { AddressInfo } from 'node:net';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css',
  '.json': 'application/json', '.wasm': 'application/wasm', '.svg': 'image/svg+xml', '.parquet': 'application/octet-stream',
  '.csv': 'text/csv', '.png': 'image/png',
};

export interface ServedRequest { method: string; path: string; range: string | null; status: number }
export interface StaticServer { url: string; requests: ServedRequest[]; close(): Promise<void> }

/** `bytes=a-b`, `bytes=a-` or `bytes=-n` → [start, end] inclusive; null when unsatisfiable. */
function byteRange(header: string, size: number): [number, number] | null | 'ignore' {
  const m = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!m || (m[1] === '' && m[2] === '')) return 'ignore';
  if (m[1] === '') return size === 0 ? null : [Math.max(0, size - Number(m[2])), size - 1];
  const start = Number(m[1]);
  const end = m[2] === '' ? size - 1 : Math.min(Number(m[2]), size - 1);
  return start > end || start >= size ? null : [start, end];
}

/** `mounts` serves other folders under a path prefix, e.g. { '/sample/': bigDatasetDir } for benchmarks. */
export async function serveStatic(root: string, mounts: Record<string, string> = {}): Promise<StaticServer> {
  const requests: ServedRequest[] = [];
  const server = http.createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const entry: ServedRequest = { method: req.method ?? 'GET', path: pathname, range: req.headers.range ?? null, status: 0 };
    requests.push(entry);
    res.on('finish', () => (entry.status = res.statusCode));
    const mount = Object.keys(mounts).find((prefix) => pathname.startsWith(prefix));
    const base = path.resolve(mount ? mounts[mount] : root);
    let file = path.resolve(base, `.${mount ? pathname.slice(mount.length - 1) : pathname}`);
    if (!file.startsWith(base)) { res.writeHead(403).end(); return; }
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!fs.existsSync(file)) { res.writeHead(404).end('not found'); return; }
    const size = fs.statSync(file).size;
    const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
    const range = entry.range ? byteRange(entry.range, size) : 'ignore';
    if (range === null) { res.writeHead(416, { 'Content-Range': `bytes */${size}` }).end(); return; }
    if (range === 'ignore') {
      res.writeHead(200, { 'Content-Type': type, 'Content-Length': size, 'Accept-Ranges': 'bytes' });
      fs.createReadStream(file).pipe(res);
      return;
    }
    const [start, end] = range;
    res.writeHead(206, { 'Content-Type': type, 'Content-Length': end - start + 1, 'Content-Range': `bytes ${start}-${end}/${size}`, 'Accept-Ranges': 'bytes' });
    fs.createReadStream(file, { start, end }).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    requests,
    close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}
