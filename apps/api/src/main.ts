import { ConfigError, loadConfig } from './config';
import { createServer } from './server';

/** `npm start`: every failure to start is one plain line and a non-zero exit. */
async function main() {
  const started = performance.now();
  const config = loadConfig();
  const server = await createServer(config);
  const url = await server.start();
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  server.app.log.info(
    `Doorstep is ready at ${url.replace('127.0.0.1', 'localhost')} (${server.database.kind}, ${seconds} s)`,
  );

  const shutdown = async (signal: string) => {
    server.app.log.info(`${signal} received, shutting down`);
    await server.stop();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  const message =
    error instanceof ConfigError || error instanceof Error ? error.message : String(error);
  console.error(`Doorstep could not start: ${message}`);
  process.exit(1);
});
