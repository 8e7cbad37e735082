// Data safety, the pure part: sizes, the backup reminder rule, and the Chinese wording of storage
// health, IndexedDB problems, the read-only tab and the address warning.
export * from './format';
export * from './reminder';
export * from './wording';
