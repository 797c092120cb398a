export * from './calendar';
export * from './errors';
