// The suggestions page's view of the domain: row status, labels, and the steps offered per row.
export * from './rows';
export * from './steps';
export * from './find';
