// Pure helpers of the activity pages (联络站, 代表活动): kind and tag groups, list texts, the
// monthly reception summary and the settings they read.
export * from './groups';
export * from './format';
export * from './reception-summary';
export * from './settings';
