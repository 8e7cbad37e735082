// The archive format, writer, reader and diff (see docs/archive-format.md).
export * from './format';
export * from './write';
export * from './read';
export * from './diff';
export * from './json-schema';
export * from './references';
export { sha256Hex, canonicalJson } from '../utils/canonical-json';
export { toCsv, BOM } from '../utils/csv';
export { escapeHtml } from './copies';
export { recordLabel } from './record-labels';
