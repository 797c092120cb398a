import type { Database, DatabaseKind } from '@doorstep/db';
import type { BoundingBox } from '@doorstep/domain';
import type { Principal } from '../services/auth/principal';
import type { SessionPolicy } from '../services/auth/sessions';
import {
  defaultLivingWellSettings,
  type LivingWellSettings,
} from '../services/living-well/planner';

/**
 * What a procedure may do to the HTTP response. Over HTTP these set cookies and headers;
 * called without HTTP (tests) they are recorded, so the same procedures run either way.
 */
export interface ResponseControls {
  setSessionCookie(token: string): void;
  clearSessionCookie(): void;
  setHeader(name: string, value: string): void;
}

export interface RecordedResponse extends ResponseControls {
  sessionToken: string | null | undefined;
  headers: Record<string, string>;
}

export function recordingResponse(): RecordedResponse {
  const recorded: RecordedResponse = {
    sessionToken: undefined,
    headers: {},
    setSessionCookie(token) {
      recorded.sessionToken = token;
    },
    clearSessionCookie() {
      recorded.sessionToken = null;
    },
    setHeader(name, value) {
      recorded.headers[name.toLowerCase()] = value;
    },
  };
  return recorded;
}

/** What every procedure may use; tests build it directly and call routers without HTTP. */
export interface InnerContext {
  db: Database;
  databaseKind: DatabaseKind;
  /** The clock, passed in so rules that depend on "today" can be tested on any day. */
  now: () => Date;
  sessionPolicy: SessionPolicy;
  /** The member of staff signed in, or null. Tenants never sign in. */
  principal: Principal | null;
  /** The session token presented with the request, if any (for signing out). */
  sessionToken: string | null;
  response: ResponseControls;
  /** Whether single sign-on is configured, for the sign-in page. */
  singleSignOn: boolean;
  /** The address people reach Doorstep at, for links sent to tenants. */
  publicUrl: string;
  /** Derives booking-link tokens (services/tokens.ts); never leaves the server. */
  linkSecret: string;
  /** Where the public drop-in map's tiles come from (MAP_TILE_URL, MAP_TILE_ATTRIBUTION). */
  mapTiles: MapTiles;
  /** Patch boundaries must lie inside this box (BOROUGH_BBOX). */
  boroughBbox: BoundingBox;
  /** The telephone interpreting line on door briefings (INTERPRETER_LINE_PHONE). */
  interpreterLine: string;
  /** Where Living Well plans are made (the worker pool on a server) and how they are tuned. */
  livingWell: LivingWellSettings;
}

export interface MapTiles {
  tileUrl: string;
  attribution: string;
}

/** OpenStreetMap's own tiles, fine for a demo; a busy public site should name its own server. */
export const DEFAULT_MAP_TILES: MapTiles = {
  tileUrl: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
  attribution: '© OpenStreetMap contributors',
};

/**
 * The demo borough with a margin: the seeded patches reach from 53.344 to 53.502 N and from
 * 2.933 to 2.771 W (every seed and size), and this box is 2 to 3 km wider on each side so a
 * boundary can be redrawn a little beyond today's edge.
 */
export const DEFAULT_BOROUGH_BBOX: BoundingBox = [-2.97, 53.32, -2.74, 53.53];

/** A number in Ofcom's range for drama, so the demo never sends anyone to a real line. */
export const DEFAULT_INTERPRETER_LINE = '0808 157 0192';

/** For contexts built without a server (tests); a server always passes its own secret. */
export const TEST_LINK_SECRET = 'doorstep-test-link-secret-0123456789abcdef';

export function createInnerContext(options: {
  db: Database;
  databaseKind: DatabaseKind;
  now?: () => Date;
  sessionPolicy?: SessionPolicy;
  principal?: Principal | null;
  sessionToken?: string | null;
  response?: ResponseControls;
  singleSignOn?: boolean;
  publicUrl?: string;
  linkSecret?: string;
  mapTiles?: MapTiles;
  boroughBbox?: BoundingBox;
  interpreterLine?: string;
  livingWell?: Partial<LivingWellSettings>;
}): InnerContext {
  return {
    db: options.db,
    databaseKind: options.databaseKind,
    now: options.now ?? (() => new Date()),
    sessionPolicy: options.sessionPolicy ?? { idleMinutes: 30, absoluteHours: 12 },
    principal: options.principal ?? null,
    sessionToken: options.sessionToken ?? null,
    response: options.response ?? recordingResponse(),
    singleSignOn: options.singleSignOn ?? false,
    publicUrl: options.publicUrl ?? 'http://localhost:3000',
    linkSecret: options.linkSecret ?? TEST_LINK_SECRET,
    mapTiles: options.mapTiles ?? DEFAULT_MAP_TILES,
    boroughBbox: options.boroughBbox ?? DEFAULT_BOROUGH_BBOX,
    interpreterLine: options.interpreterLine ?? DEFAULT_INTERPRETER_LINE,
    livingWell: { ...defaultLivingWellSettings, ...options.livingWell },
  };
}

export type Context = InnerContext;
