import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { StaffRole } from '@doorstep/db';
import type { BoundingBox } from '@doorstep/domain';
import { z } from 'zod';
import {
  DEFAULT_BOROUGH_BBOX,
  DEFAULT_INTERPRETER_LINE,
  DEFAULT_MAP_TILES,
  type MapTiles,
} from './trpc/context';

const apiRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const booleanFlag = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

const environmentSchema = z.object({
  PORT: z.coerce
    .number({ error: 'must be a whole number' })
    .int('must be a whole number')
    .min(0, 'must be from 0 to 65535')
    .max(65535, 'must be from 0 to 65535')
    .default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATABASE_URL: z
    .url({ protocol: /^postgres(ql)?$/, error: 'must be a postgres:// or postgresql:// URL' })
    .optional(),
  DATA_DIR: z.string().min(1, 'must not be empty').default('./.data'),
  /** Where the built web app is; the default is the workspace's own build. */
  WEB_DIST: z.string().min(1).default(path.resolve(apiRoot, '../field-web/dist')),
  /** Seed demo data into an empty database. Defaults to on for the embedded database only. */
  DEMO_DATA: booleanFlag.optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** The address people use to reach Doorstep; https makes the session cookie Secure. */
  PUBLIC_URL: z
    .url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL' })
    .optional(),
  /** Derives booking-link tokens; every replica must share it. Generated into DATA_DIR if unset. */
  LINK_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  /** Email server for notices, e.g. smtps://user:pass@smtp.example.org; unset: the outbox folder. */
  SMTP_URL: z.url({ protocol: /^smtps?$/, error: 'must be an smtp:// or smtps:// URL' }).optional(),
  MAIL_FROM: z.string().min(3).default('Doorstep <no-reply@localhost>'),
  /** Run the notices worker in this process (turn off on all but a few replicas if you like). */
  OUTBOX_WORKER: booleanFlag.default(true),
  /** A GOV.UK Notify API key and an SMS template whose only field is ((body)); both or neither. */
  NOTIFY_API_KEY: z.string().min(74, 'must be a Notify API key').optional(),
  NOTIFY_SMS_TEMPLATE_ID: z.uuid({ error: 'must be the id of a Notify SMS template' }).optional(),
  NOTIFY_BASE_URL: z.url().optional(),
  /** Days before a visit its reminder goes out; 0 switches reminders off. */
  REMINDER_DAYS_BEFORE: z.coerce.number().int().min(0).max(14).default(1),
  /** Working days a tenant has to answer a Living Well invitation before the call-or-knock list. */
  LIVING_WELL_RESPONSE_DAYS: z.coerce
    .number({ error: 'must be a whole number' })
    .int('must be a whole number')
    .min(1, 'must be from 1 to 60')
    .max(60, 'must be from 1 to 60')
    .default(10),
  /** The Living Well planner's search time for one patch, in milliseconds. */
  LIVING_WELL_PLAN_MS: z.coerce
    .number({ error: 'must be a whole number' })
    .int('must be a whole number')
    .min(50, 'must be from 50 to 60000')
    .max(60_000, 'must be from 50 to 60000')
    .default(2000),
  /** Map tiles for the public drop-in pages, e.g. https://tiles.example.org/{z}/{x}/{y}.png. */
  MAP_TILE_URL: z
    .string()
    .regex(
      /^https?:\/\/[^\s]*\{z\}[^\s]*\{x\}[^\s]*\{y\}[^\s]*$/,
      'must be an http(s):// URL with {z}, {x} and {y} in it',
    )
    .optional(),
  /** The telephone interpreting line advisors call before knocking (the door briefing). */
  INTERPRETER_LINE_PHONE: z
    .string()
    .regex(/^\+?[0-9 ]{7,20}$/, 'must be a phone number in digits, such as 0808 157 0192')
    .default(DEFAULT_INTERPRETER_LINE),
  /** Credit the tile provider requires, shown on the map. */
  MAP_TILE_ATTRIBUTION: z.string().min(1).max(300).optional(),
  /** The box every patch boundary must lie inside, as west,south,east,north in degrees. */
  BOROUGH_BBOX: z
    .string()
    .transform((value, ctx): BoundingBox => {
      const parts = value.split(',').map((part) => Number(part.trim()));
      const [west = Number.NaN, south = Number.NaN, east = Number.NaN, north = Number.NaN] = parts;
      const valid =
        parts.length === 4 &&
        parts.every(Number.isFinite) &&
        west >= -180 &&
        east <= 180 &&
        south >= -90 &&
        north <= 90 &&
        west < east &&
        south < north;
      if (!valid) {
        ctx.addIssue({
          code: 'custom',
          message:
            'must be west,south,east,north in degrees, west below east and south below north',
        });
        return z.NEVER;
      }
      return [west, south, east, north];
    })
    .optional(),
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(1, 'must be at least 1').default(30),
  SESSION_ABSOLUTE_HOURS: z.coerce.number().int().min(1, 'must be at least 1').default(12),
  OIDC_ISSUER: z.url({ error: "must be the identity provider's issuer URL" }).optional(),
  OIDC_CLIENT_ID: z.string().min(1).optional(),
  OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  /** The ID-token claim that carries the user's roles or groups (Entra ID: `roles`). */
  OIDC_ROLE_CLAIM: z.string().min(1).default('roles'),
  /** Claim value to Doorstep role, e.g. `Doorstep.Advisor=advisor,Doorstep.Manager=manager`. */
  OIDC_ROLE_MAP: z
    .string()
    .regex(
      /^\s*[^=,]+=(advisor|community|manager|admin)\s*(,\s*[^=,]+=(advisor|community|manager|admin)\s*)*$/,
      'must be a comma-separated list of value=role, roles being advisor, community, manager or admin',
    )
    .optional(),
});

export interface OidcConfig {
  issuer: string;
  clientId: string;
  clientSecret: string;
  roleClaim: string;
  roleMap: Record<string, StaffRole>;
}

export interface Config {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  webDist: string;
  demoData: boolean;
  logLevel: z.infer<typeof environmentSchema>['LOG_LEVEL'];
  publicUrl: string;
  /** Cookies are marked Secure unless Doorstep is served over plain http (the local demo). */
  secureCookies: boolean;
  session: { idleMinutes: number; absoluteHours: number };
  /** Single sign-on; undefined when not configured. */
  oidc: OidcConfig | undefined;
  /** Undefined: read from (or first written to) DATA_DIR/link-secret at start. */
  linkSecret: string | undefined;
  /** The public drop-in map's tiles; OpenStreetMap's unless MAP_TILE_URL says otherwise. */
  mapTiles: MapTiles;
  /** Patch boundaries must lie inside this box (BOROUGH_BBOX). */
  boroughBbox: BoundingBox;
  /** INTERPRETER_LINE_PHONE: shown on interpreted visits' briefings. */
  interpreterLine: string;
  livingWell: { responseWorkingDays: number; planTimeLimitMs: number };
  notices: {
    smtpUrl: string | undefined;
    mailFrom: string;
    worker: boolean;
    outboxDir: string;
    reminderDaysBefore: number;
    notify: { apiKey: string; templateId: string; baseUrl: string | undefined } | undefined;
  };
}

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/**
 * Reads the environment once at start. Empty strings count as unset, as they do in most
 * shells' `FOO= npm start`. A bad value stops start-up with one line naming the variable.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // `npm start` runs in apps/api; relative paths mean where the person typed the command.
  const base = env.INIT_CWD ?? process.cwd();
  const present = Object.fromEntries(
    Object.keys(environmentSchema.shape)
      .map((key) => [key, env[key]])
      .filter(([, value]) => value !== undefined && value !== ''),
  );
  const parsed = environmentSchema.safeParse(present);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const name = String(issue?.path[0] ?? 'environment');
    // A connection string can carry a password, so its value is never echoed.
    const shown = name === 'DATABASE_URL' ? '' : `="${present[name] ?? ''}"`;
    throw new ConfigError(`Invalid ${name}${shown}: ${issue?.message ?? 'invalid'}`);
  }
  const values = parsed.data;
  const publicUrl = (values.PUBLIC_URL ?? `http://localhost:${values.PORT}`).replace(/\/$/, '');
  return {
    port: values.PORT,
    host: values.HOST,
    databaseUrl: values.DATABASE_URL,
    dataDir: path.resolve(base, values.DATA_DIR),
    webDist: path.resolve(base, values.WEB_DIST),
    demoData: values.DEMO_DATA ?? values.DATABASE_URL === undefined,
    logLevel: values.LOG_LEVEL,
    publicUrl,
    secureCookies: publicUrl.startsWith('https:'),
    session: {
      idleMinutes: values.SESSION_IDLE_MINUTES,
      absoluteHours: values.SESSION_ABSOLUTE_HOURS,
    },
    oidc: oidcConfig(values),
    linkSecret: values.LINK_SECRET,
    mapTiles: mapTilesConfig(values),
    boroughBbox: values.BOROUGH_BBOX ?? DEFAULT_BOROUGH_BBOX,
    interpreterLine: values.INTERPRETER_LINE_PHONE,
    livingWell: {
      responseWorkingDays: values.LIVING_WELL_RESPONSE_DAYS,
      planTimeLimitMs: values.LIVING_WELL_PLAN_MS,
    },
    notices: {
      smtpUrl: values.SMTP_URL,
      mailFrom: values.MAIL_FROM,
      worker: values.OUTBOX_WORKER,
      reminderDaysBefore: values.REMINDER_DAYS_BEFORE,
      notify: notifyConfig(values),
      outboxDir: path.join(path.resolve(base, values.DATA_DIR), 'outbox'),
    },
  };
}

type Values = z.infer<typeof environmentSchema>;

/** Single sign-on is all or nothing: a partial set of variables is a mistake, not a choice. */
function oidcConfig(values: Values): OidcConfig | undefined {
  const required = [
    'OIDC_ISSUER',
    'OIDC_CLIENT_ID',
    'OIDC_CLIENT_SECRET',
    'OIDC_ROLE_MAP',
  ] as const;
  const missing = required.filter((name) => values[name] === undefined);
  if (missing.length === required.length) return undefined;
  if (missing.length > 0) {
    throw new ConfigError(`Invalid ${missing[0]}: single sign-on needs ${required.join(', ')}`);
  }
  const roleMap: Record<string, StaffRole> = {};
  for (const pair of (values.OIDC_ROLE_MAP ?? '').split(',')) {
    const [claim, role] = pair.split('=').map((part) => part.trim());
    if (claim && role) roleMap[claim] = role as StaffRole;
  }
  return {
    issuer: values.OIDC_ISSUER as string,
    clientId: values.OIDC_CLIENT_ID as string,
    clientSecret: values.OIDC_CLIENT_SECRET as string,
    roleClaim: values.OIDC_ROLE_CLAIM,
    roleMap,
  };
}

function notifyConfig(values: Values) {
  if (!values.NOTIFY_API_KEY && !values.NOTIFY_SMS_TEMPLATE_ID) return undefined;
  if (!values.NOTIFY_API_KEY || !values.NOTIFY_SMS_TEMPLATE_ID) {
    const missing = values.NOTIFY_API_KEY ? 'NOTIFY_SMS_TEMPLATE_ID' : 'NOTIFY_API_KEY';
    throw new ConfigError(
      `Invalid ${missing}: texts need NOTIFY_API_KEY and NOTIFY_SMS_TEMPLATE_ID`,
    );
  }
  return {
    apiKey: values.NOTIFY_API_KEY,
    templateId: values.NOTIFY_SMS_TEMPLATE_ID,
    baseUrl: values.NOTIFY_BASE_URL,
  };
}

/** Most tile servers draw OpenStreetMap data, which is owed its credit, so that is the default. */
function mapTilesConfig(values: Values): MapTiles {
  return {
    tileUrl: values.MAP_TILE_URL ?? DEFAULT_MAP_TILES.tileUrl,
    attribution: values.MAP_TILE_ATTRIBUTION ?? DEFAULT_MAP_TILES.attribution,
  };
}

/** The tile server's origin for the page's Content-Security-Policy; `{s}` subdomains become `*`. */
export function tileOrigin(tileUrl: string): string {
  const origin = /^https?:\/\/[^/]+/.exec(tileUrl)?.[0] ?? tileUrl;
  return origin.replace(/\{s\}/g, '*');
}
