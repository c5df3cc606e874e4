/** The metrics layer: filters → SQL over the derived model → typed KPI results. */
export * from './filters';
export * from './sql';
export * from './columns';
export * from './model';
export * from './sales';
export * from './breakdowns';
export * from './partners';
export * from './collections';
export * from './dimensions';
