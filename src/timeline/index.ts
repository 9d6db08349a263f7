export * from './types';
export * from './kinds';
export * from './layout';
export * from './zoom';
export * from './arcs';
export * from './lanes';
export * from './axis';
export * from './metrics';
