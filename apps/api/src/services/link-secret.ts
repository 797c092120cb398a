import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * The secret booking links are derived from. Kept beside the embedded database so links
 * keep working across restarts; a deployment with several replicas sets LINK_SECRET instead.
 */
export async function ensureLinkSecret(dataDir: string): Promise<string> {
  const file = path.join(dataDir, 'link-secret');
  try {
    const existing = (await readFile(file, 'utf8')).trim();
    if (existing.length >= 32) return existing;
  } catch {
    // not there yet
  }
  await mkdir(dataDir, { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  await writeFile(file, `${secret}\n`, { mode: 0o600, flag: 'w' });
  return secret;
}
