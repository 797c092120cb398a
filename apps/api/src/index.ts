export { type Config, ConfigError, loadConfig } from './config';
export type { AppRouter } from './routers';
export { appRouter } from './routers';
export { createServer, type Server, type ServerOptions } from './server';
export { createInnerContext, type InnerContext } from './trpc/context';
export { createCallerFactory } from './trpc/init';
