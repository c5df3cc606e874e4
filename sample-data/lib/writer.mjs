/**
 * Output: every table is first written as UTF-8 CSV (streamed, buffered, byte-for-byte
 * deterministic), then — for Parquet — converted by DuckDB with the canonical types, so the
 * two formats always hold the same rows.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { DuckDBInstance } from '@duckdb/node-api';

const FLUSH_CHARS = 1 << 22;

/** CSV field: empty for null, quoted only when it has to be. */
function field(value) {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') {
    return /[",\n\r]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
  }
  return String(value);
}

/** Streams rows of one table to a CSV file; `rows` counts data rows. */
export class CsvSink {
  constructor(path, columns) {
    this.path = path;
    this.fd = fs.openSync(path, 'w');
    this.buffer = [];
    this.chars = 0;
    this.rows = 0;
    this.push(columns.map((c) => c.name).join(','));
  }

  push(line) {
    this.buffer.push(line);
    this.chars += line.length + 1;
    if (this.chars >= FLUSH_CHARS) this.flush();
  }

  write(values) {
    let line = field(values[0]);
    for (let i = 1; i < values.length; i++) line += ',' + field(values[i]);
    this.push(line);
    this.rows++;
  }

  writeAll(rows) {
    for (const r of rows) this.write(r);
  }

  flush() {
    if (this.buffer.length === 0) return;
    fs.writeSync(this.fd, this.buffer.join('\n') + '\n');
    this.buffer = [];
    this.chars = 0;
  }

  close() {
    this.flush();
    fs.closeSync(this.fd);
    return this.rows;
  }
}

const sqlString = (s) => `'${s.replaceAll("'", "''")}'`;

/** One DuckDB connection for all conversions. */
export async function openDuckDb() {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  // The CSV is already sorted; keeping insertion order keeps the Parquet sorted too.
  await connection.run('SET preserve_insertion_order = true');
  return {
    connection,
    close: () => {
      connection.closeSync();
      instance.closeSync();
    },
  };
}

/**
 * CSV → Parquet with the canonical types read straight from the CSV (DATE as DATE, etc.).
 * The column list is given explicitly, so nothing is left to type sniffing.
 */
export async function csvToParquet(connection, spec, csvPath, parquetPath) {
  await connection.run(`COPY (${typedCsvSelect(spec, csvPath)}) TO ${sqlString(parquetPath)} (FORMAT parquet, COMPRESSION zstd)`);
}

function typedCsvSelect(spec, csvPath) {
  const columns = spec.columns.map((c) => `${sqlString(c.name)}: ${sqlString(c.type)}`).join(', ');
  const select = spec.columns.map((c) => `"${c.name}"`).join(', ');
  return `SELECT ${select}
      FROM read_csv(${sqlString(csvPath)}, header = true, auto_detect = false, delim = ',', quote = '"',
                    escape = '"', dateformat = '%Y-%m-%d', columns = {${columns}})`;
}

/**
 * All tables → one gzipped DuckDB database file, the form the app loads its built-in sample from:
 * DuckDB-WASM has no Parquet reader built in (extensions are not downloadable offline), but it
 * attaches its own database format natively, and the browser un-gzips with DecompressionStream.
 * The storage version is pinned to what DuckDB-WASM 1.32 (DuckDB 1.4) reads.
 */
export async function csvsToDatabase(connection, specs, csvDir, gzPath) {
  const dbPath = gzPath.replace(/\.gz$/, '');
  fs.rmSync(dbPath, { force: true });
  await connection.run(`ATTACH ${sqlString(dbPath)} AS sample (STORAGE_VERSION 'v1.4.0')`);
  try {
    for (const spec of specs) {
      await connection.run(`CREATE TABLE sample."${spec.name}" AS ${typedCsvSelect(spec, path.join(csvDir, `${spec.name}.csv`))}`);
    }
    await connection.run('CHECKPOINT sample');
  } finally {
    await connection.run('DETACH sample');
  }
  // mtime 0 in the gzip header keeps the output byte-identical for the same seed.
  fs.writeFileSync(gzPath, zlib.gzipSync(fs.readFileSync(dbPath), { level: 9 }));
  fs.rmSync(dbPath, { force: true });
}
