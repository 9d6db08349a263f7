export * from './film';
export * from './slug';
export * from './validate';
