import { type Database, oidcRequests, type StaffRole, staff } from '@doorstep/db';
import { DomainError } from '@doorstep/domain';
import { eq, sql } from 'drizzle-orm';
import * as oidc from 'openid-client';
import type { OidcConfig } from '../../config';
import { hashToken } from '../tokens';
import { openSession } from './sessions';

const REQUEST_LIFETIME_MS = 10 * 60_000;

/** Only paths on this site: a sign-in must never bounce someone to another site. */
export function safeReturnPath(value: unknown): string {
  return typeof value === 'string' && /^\/(?![/\\])[^\s]*$/.test(value) ? value : '/advisor';
}

export interface OidcClient {
  config: OidcConfig;
  redirectUri: string;
  configuration: () => Promise<oidc.Configuration>;
}

export function createOidcClient(config: OidcConfig, publicUrl: string): OidcClient {
  let discovered: Promise<oidc.Configuration> | undefined;
  return {
    config,
    redirectUri: `${publicUrl}/auth/oidc/callback`,
    configuration() {
      const issuer = new URL(config.issuer);
      // Discovery is retried on the next sign-in if the provider was unreachable.
      discovered ??= oidc
        .discovery(issuer, config.clientId, config.clientSecret, undefined, {
          ...(issuer.protocol === 'http:' ? { execute: [oidc.allowInsecureRequests] } : {}),
        })
        .catch((error: unknown) => {
          discovered = undefined;
          throw error;
        });
      return discovered;
    },
  };
}

/** Starts an authorisation-code flow with PKCE, state and nonce; returns where to send the browser. */
export async function beginSignOn(
  db: Database,
  client: OidcClient,
  returnTo: string,
  now: Date,
): Promise<URL> {
  const configuration = await client.configuration();
  const state = oidc.randomState();
  const nonce = oidc.randomNonce();
  const codeVerifier = oidc.randomPKCECodeVerifier();
  await db.insert(oidcRequests).values({
    stateHash: hashToken(state),
    nonce,
    codeVerifier,
    returnTo: safeReturnPath(returnTo),
    expiresAt: new Date(now.getTime() + REQUEST_LIFETIME_MS),
  });
  return oidc.buildAuthorizationUrl(configuration, {
    redirect_uri: client.redirectUri,
    scope: 'openid email profile',
    response_type: 'code',
    code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: 'S256',
    state,
    nonce,
  });
}

/**
 * Completes the flow: the state must match a request started here and not yet used, the
 * provider must vouch for the nonce and PKCE verifier, and the user must hold a Doorstep
 * role. Returns a new session token and where to go next.
 */
export async function completeSignOn(
  db: Database,
  client: OidcClient,
  callbackUrl: URL,
  now: Date,
): Promise<{ token: string; returnTo: string }> {
  const state = callbackUrl.searchParams.get('state') ?? '';
  const [request] = await db
    .delete(oidcRequests)
    .where(eq(oidcRequests.stateHash, hashToken(state)))
    .returning();
  if (!request || request.expiresAt.getTime() <= now.getTime()) {
    throw new DomainError(
      'UNAUTHENTICATED',
      'This sign-in did not start here or took too long. Please start again.',
    );
  }
  const configuration = await client.configuration();
  let claims: oidc.IDToken | undefined;
  try {
    const tokens = await oidc.authorizationCodeGrant(configuration, callbackUrl, {
      pkceCodeVerifier: request.codeVerifier,
      expectedState: state,
      expectedNonce: request.nonce,
      idTokenExpected: true,
    });
    claims = tokens.claims();
  } catch (error) {
    throw new DomainError(
      'UNAUTHENTICATED',
      'Your organisation’s sign-in could not be confirmed. Please start again.',
      {
        cause: error,
      },
    );
  }
  if (!claims)
    throw new DomainError('UNAUTHENTICATED', 'Your organisation’s sign-in sent no identity.');

  const role = roleFromClaims(claims, client.config);
  if (!role) {
    throw new DomainError(
      'FORBIDDEN',
      'Your account has no Doorstep role. Ask your manager to give you one.',
    );
  }
  const staffId = await findOrCreateStaff(db, claims, role);
  const token = await openSession(db, staffId, 'oidc', now);
  return { token, returnTo: request.returnTo };
}

function roleFromClaims(claims: oidc.IDToken, config: OidcConfig): StaffRole | undefined {
  const value = claims[config.roleClaim];
  const values = Array.isArray(value)
    ? value.map(String)
    : typeof value === 'string'
      ? [value]
      : [];
  // The most capable role wins when someone holds several.
  const order: StaffRole[] = ['admin', 'manager', 'community', 'advisor'];
  const roles = values.map((v) => config.roleMap[v]).filter((r): r is StaffRole => r !== undefined);
  return order.find((role) => roles.includes(role));
}

const HEAD_OFFICE = {
  homeBaseName: 'Head office',
  homeBaseLatitude: 53.4094,
  homeBaseLongitude: -2.8389,
};

async function findOrCreateStaff(
  db: Database,
  claims: oidc.IDToken,
  role: StaffRole,
): Promise<string> {
  const email = String(claims.email ?? claims.preferred_username ?? '').toLowerCase();
  const name = String(claims.name ?? email ?? 'Unnamed');
  const [existing] = await db
    .select({ id: staff.id, active: staff.active })
    .from(staff)
    .where(
      sql`${staff.oidcSubject} = ${claims.sub} or (${staff.oidcSubject} is null and lower(${staff.email}) = ${email})`,
    )
    .limit(1);
  if (existing) {
    if (!existing.active)
      throw new DomainError('FORBIDDEN', 'Your Doorstep account has been switched off.');
    await db.update(staff).set({ oidcSubject: claims.sub, role }).where(eq(staff.id, existing.id));
    return existing.id;
  }
  if (!email)
    throw new DomainError('FORBIDDEN', 'Your organisation’s sign-in sent no email address.');
  const [created] = await db
    .insert(staff)
    .values({
      name,
      email,
      role,
      team: 'Unassigned',
      workingPattern: {},
      oidcSubject: claims.sub,
      ...HEAD_OFFICE,
    })
    .returning({ id: staff.id });
  if (!created) throw new Error('staff insert returned nothing');
  return created.id;
}
