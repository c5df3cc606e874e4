/**
 * A plain static file server on 127.0.0.1, with no special headers (no COOP/COEP), as an ordinary
 * static host would serve dist/. Used by the end-to-end tests and the benchmark.
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

export interface StaticServer { url: string; close(): Promise<void> }

/** `mounts` serves other folders under a path prefix, e.g. { '/sample/': bigDatasetDir } for benchmarks. */
export async function serveStatic(root: string, mounts: Record<string, string> = {}): Promise<StaticServer> {
  const server = http.createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const mount = Object.keys(mounts).find((prefix) => pathname.startsWith(prefix));
    const base = path.resolve(mount ? mounts[mount] : root);
    let file = path.resolve(base, `.${mount ? pathname.slice(mount.length - 1) : pathname}`);
    if (!file.startsWith(base)) { res.writeHead(403).end(); return; }
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!fs.existsSync(file)) { res.writeHead(404).end('not found'); return; }
    res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'Content-Length': fs.statSync(file).size });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}
