export * from './film';
export * from './slug';
export * from './structure';
export * from './validate';
