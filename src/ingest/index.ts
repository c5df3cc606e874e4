/** The ingest API the UI builds on (see INGEST.md). */
export { importFile, warmUp, type ImportOptions, type ImportProgress, type ImportPhase } from './load';
export { planImport, rawTableName, type ImportFile, type ImportPlan, type PlanOptions } from './plan';
export { CONFIDENT, type MappingPlan } from './map';
export {
  ImportError, reportToCsv, SKIP_REASONS, type ImportReport, type ImportErrorCode, type SkipReason, type SkippedRow,
  type BlankedCell, type ColumnMapping, type ImportWarning, type Duplicates,
} from './report';
export { TEXT_ENCODINGS, type TextEncodingName } from './read';
export { indexedDbStore, memoryStore, type KeyValueStore } from './kv';
export { rememberMapping, recallMapping, forgetMappings } from './memory';
export {
  saveTables, restore, removeSource, removeTable, clear, usage, readManifest, describeTable, tableDateRange,
  type Manifest, type StoredTable, type SaveResult, type RestoreResult, type Usage,
} from './store';
export { defaultRegionMap, REGIONS, PROVINCES } from './places';
export { SOURCE_COLUMN } from './commit';
export { checkAddress, addressName, fileFromAddress, fileFromBlob, type AddressCheck } from './remote';
