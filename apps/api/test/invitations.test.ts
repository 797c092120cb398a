import { customers, invitations, notices, representatives } from '@doorstep/db';
import type { TestDatabase } from '@doorstep/db/testing';
import { testDrivers } from '@doorstep/db/testing';
import { and, eq, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appRouter } from '../src/routers';
import { invitationByToken, LINK_NOT_VALID } from '../src/services/booking/invitations';
import { hashToken, invitationLink } from '../src/services/tokens';
import { TEST_LINK_SECRET } from '../src/trpc/context';
import { createCallerFactory } from '../src/trpc/init';
import { contextAs, customersInPatch, seededTestDatabase } from './helpers';

const createCaller = createCallerFactory(appRouter);
const now = new Date('2026-11-23T10:00:00Z');

describe.each(testDrivers())('invitations on %s', (kind) => {
  let database: TestDatabase;
  let customerId: string;

  beforeAll(async () => {
    database = await seededTestDatabase(kind);
    [customerId = ''] = await customersInPatch(database, 'Huyton');
    await database.db
      .update(customers)
      .set({ preferredFormat: 'large_print', preferredLanguage: 'pl' })
      .where(eq(customers.id, customerId));
  });
  afterAll(() => database?.close());

  const create = async (windowEndsOn = '2026-12-18') =>
    createCaller(
      await contextAs(database, 'advisor.huyton@doorstep.example', now),
    ).invitations.create({
      customerId,
      type: 'repair_inspection',
      purpose: 'Look at the leak under the kitchen sink',
      windowStartsOn: '2026-12-01',
      windowEndsOn,
    });

  it('makes a link with 256 random bits, keeping only its hash, that ends with the window', async () => {
    const { id, link, expiresAt } = await create();
    const token = link.split('/b/')[1] ?? '';
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    const [row] = await database.db.select().from(invitations).where(eq(invitations.id, id));
    expect(row?.tokenHash).toBe(hashToken(token));
    expect(JSON.stringify(row)).not.toContain(token);
    // Nothing stores the token, but the server can derive it again to send the link.
    expect(invitationLink('http://localhost:3000', TEST_LINK_SECRET, id)).toBe(link);
    // Midnight at the end of 18 December in London (GMT).
    expect(expiresAt).toBe('2026-12-19T00:00:00.000Z');
    expect((await invitationByToken(database.db, token, now)).id).toBe(id);
    await expect(
      invitationByToken(database.db, token, new Date('2026-12-19T00:00:00Z')),
    ).rejects.toThrow(LINK_NOT_VALID);
  });

  it('queues the invitation to go in the customer’s own format and language', async () => {
    const { id } = await create();
    const [notice] = await database.db
      .select()
      .from(notices)
      .where(and(eq(notices.invitationId, id), isNull(notices.representativeId)));
    expect(notice).toMatchObject({
      kind: 'invitation',
      format: 'large_print',
      language: 'pl',
      channel: 'post',
      status: 'pending',
    });
  });

  it('lists the pending notice for the patch’s advisor, not for another patch’s', async () => {
    const { id } = await create();
    const own = await createCaller(
      await contextAs(database, 'advisor.huyton@doorstep.example', now),
    ).notices.pending({});
    expect(own.map((n) => n.customerId)).toContain(customerId);
    expect(own.find((n) => n.kind === 'invitation' && n.customerId === customerId)).toMatchObject({
      format: 'large_print',
    });
    const other = await createCaller(
      await contextAs(database, 'advisor.kirkby@doorstep.example', now),
    ).notices.pending({});
    expect(other.map((n) => n.customerId)).not.toContain(customerId);
    expect(id).toBeTruthy();
  });

  it('sends a copy to a representative only when the customer’s written authorisation allows', async () => {
    const base = {
      customerId,
      relationship: 'daughter',
      period: 'ongoing' as const,
      startsOn: '2025-01-01',
      authorisedBy: 'letter' as const,
      dateOfBirth: '1980-05-05',
    };
    await database.db.delete(representatives).where(eq(representatives.customerId, customerId));
    const [allowed, withdrawn, outOfScope] = await database.db
      .insert(representatives)
      .values([
        {
          ...base,
          name: 'Ola Nowak',
          email: 'ola@example.org',
          authorisedOn: '2025-01-01',
          scope: ['all'],
        },
        {
          ...base,
          name: 'Piotr Nowak',
          authorisedOn: '2025-01-01',
          scope: ['all'],
          withdrawnAt: new Date('2026-06-01T00:00:00Z'),
        },
        { ...base, name: 'Anna Nowak', authorisedOn: '2025-01-01', scope: ['rent'] },
      ])
      .returning({ id: representatives.id });
    const { id } = await create();
    const sent = await database.db.select().from(notices).where(eq(notices.invitationId, id));
    expect(sent).toHaveLength(2);
    const copy = sent.find((n) => n.representativeId !== null);
    expect(copy).toMatchObject({
      representativeId: allowed?.id,
      channel: 'email',
      format: 'standard',
    });
    expect(copy?.shareReason).toBeTruthy();
    expect(sent.map((n) => n.representativeId)).not.toContain(withdrawn?.id);
    expect(sent.map((n) => n.representativeId)).not.toContain(outOfScope?.id);
    await database.db.delete(representatives).where(eq(representatives.customerId, customerId));
  });

  it('gives the same answer for unknown, malformed, revoked and expired links', async () => {
    const { id, link } = await create();
    const token = link.split('/b/')[1] ?? '';
    await createCaller(
      await contextAs(database, 'manager@doorstep.example', now),
    ).invitations.revoke({ id });
    for (const candidate of [token, 'x'.repeat(43), 'short', `${token}=`, '../../etc/passwd']) {
      await expect(invitationByToken(database.db, candidate, now)).rejects.toMatchObject({
        code: 'NOT_FOUND',
        message: LINK_NOT_VALID,
      });
    }
  });

  it('refuses windows in the past, backwards or too long, in plain words', async () => {
    const advisor = createCaller(await contextAs(database, 'advisor.huyton@doorstep.example', now));
    const base = { customerId, type: 'survey' as const, purpose: 'A survey of the kitchen' };
    await expect(
      advisor.invitations.create({
        ...base,
        windowStartsOn: '2026-11-01',
        windowEndsOn: '2026-11-20',
      }),
    ).rejects.toThrow('The window must not end in the past.');
    await expect(
      advisor.invitations.create({
        ...base,
        windowStartsOn: '2026-12-10',
        windowEndsOn: '2026-12-01',
      }),
    ).rejects.toThrow('The window must end on or after the day it starts');
    await expect(
      advisor.invitations.create({
        ...base,
        windowStartsOn: '2026-12-01',
        windowEndsOn: '2027-06-01',
      }),
    ).rejects.toThrow('at most 92 days');
    await expect(
      advisor.invitations.create({
        ...base,
        purpose: 'x',
        windowStartsOn: '2026-12-01',
        windowEndsOn: '2026-12-02',
      }),
    ).rejects.toThrow('at least 10 characters');
  });
});
