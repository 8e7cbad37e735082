// What the 监督 page shows, computed: pure functions over records, tested next to the code.
export * from './activity-status';
export * from './opinions';
export * from './problems';
export * from './report-visit';
export * from './visit-problems';
