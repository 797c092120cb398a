export * from './day-route';
export * from './outcomes';
export * from './types';
