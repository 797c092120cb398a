export * from './access-needs';
export * from './appointments/types';
export * from './booking';
export * from './calendar';
export * from './errors';
export * from './notices';
export * from './routing';
export * from './service-standards';
