import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config';

const apiRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

describe('loadConfig', () => {
  it('uses the documented defaults', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ port: 3000, databaseUrl: undefined, demoData: true });
    expect(config.dataDir).toBe(path.resolve('./.data'));
    expect(config.livingWell).toEqual({ responseWorkingDays: 10, planTimeLimitMs: 2000 });
  });

  it('resolves relative paths from where npm was run, not from the workspace', () => {
    const config = loadConfig({ INIT_CWD: '/srv/doorstep', DATA_DIR: 'data' });
    expect(config.dataDir).toBe('/srv/doorstep/data');
  });

  it.each([
    ['PORT', 'abc', /^Invalid PORT="abc": must be a whole number$/],
    ['PORT', '70000', /^Invalid PORT="70000": must be from 0 to 65535$/],
    ['PORT', '3.5', /^Invalid PORT="3.5": must be a whole number$/],
    ['DATABASE_URL', 'mysql://x@y/z', /^Invalid DATABASE_URL: must be a postgres/],
    ['DEMO_DATA', 'maybe', /^Invalid DEMO_DATA="maybe"/],
    [
      'LIVING_WELL_RESPONSE_DAYS',
      '0',
      /^Invalid LIVING_WELL_RESPONSE_DAYS="0": must be from 1 to 60$/,
    ],
    ['LIVING_WELL_PLAN_MS', 'fast', /^Invalid LIVING_WELL_PLAN_MS="fast": must be a whole number$/],
  ])('rejects %s=%s with one line naming the variable', (name, value, message) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [name]: value })).toThrow(message);
  });

  it('never echoes a database password', () => {
    expect(() => loadConfig({ DATABASE_URL: 'mysql://user:secret@host/db' })).toThrow(
      expect.objectContaining({ message: expect.not.stringContaining('secret') }),
    );
  });

  it('seeds demo data by default only into the embedded database', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://u@h/db' }).demoData).toBe(false);
    expect(loadConfig({ DATABASE_URL: 'postgres://u@h/db', DEMO_DATA: 'true' }).demoData).toBe(
      true,
    );
  });
});

function runApi(env: Record<string, string>): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: apiRoot,
      env: { ...process.env, LOG_LEVEL: 'silent', ...env },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stderr });
    });
  });
}

describe('start-up with bad configuration', () => {
  it('exits non-zero with one clear line for a bad PORT', async () => {
    const { code, stderr } = await runApi({ PORT: 'eighty' });
    expect(code).not.toBe(0);
    expect(stderr.trim()).toBe(
      'Doorstep could not start: Invalid PORT="eighty": must be a whole number',
    );
  });

  it('exits non-zero with one clear line for an unreachable DATABASE_URL', async () => {
    const { code, stderr } = await runApi({
      DATABASE_URL: 'postgres://postgres:hunter2@127.0.0.1:1/doorstep',
    });
    expect(code).not.toBe(0);
    const lines = stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^Doorstep could not start: Could not connect to PostgreSQL at postgres:\/\/postgres:\*\*\*@127\.0\.0\.1:1\/doorstep: .*ECONNREFUSED/,
    );
    expect(stderr).not.toContain('hunter2');
  });
});
