export * from './types';
export * from './status';
export * from './context';
export * from './engine';
