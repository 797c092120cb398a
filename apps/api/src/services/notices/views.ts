import { customers, type Database, homes, notices, representatives, tenancies } from '@doorstep/db';
import { DomainError, endOfLondonDay, startOfLondonDay } from '@doorstep/domain';
import { and, asc, desc, eq, gte, inArray, lt, or, type SQL } from 'drizzle-orm';
import type { Principal } from '../auth/principal';
import { patchScope } from '../scope';
import { loadNoticeFacts } from './facts';
import { letterForNotice } from './letter-for-notice';
import type { OutboxNotice } from './outbox';
import { renderNotice } from './templates';

/** What staff may see of a notice: never the booking link, which is a credential. */
export interface NoticeRow {
  id: string;
  kind: OutboxNotice['kind'];
  channel: OutboxNotice['channel'];
  format: OutboxNotice['format'];
  language: string;
  status: OutboxNotice['status'];
  attempts: number;
  problem: string | null;
  sendBy: string | null;
  sentAt: string | null;
  createdAt: string;
  customerId: string;
  customerName: string;
  /** Set on a copy for the customer's representative. */
  representativeName: string | null;
}

/** Enough rows for any one customer or day; more means something else is wrong. */
const LIST_LIMIT = 500;

/** Notices with their customer's name, in the given order; `where` may filter on `homes`. */
export async function noticeRows(
  db: Database,
  where: SQL | undefined,
  order: SQL[],
  limit = LIST_LIMIT,
): Promise<NoticeRow[]> {
  const rows = await db
    .select({
      id: notices.id,
      kind: notices.kind,
      channel: notices.channel,
      format: notices.format,
      language: notices.language,
      status: notices.status,
      attempts: notices.attempts,
      problem: notices.problem,
      sendBy: notices.sendBy,
      sentAt: notices.sentAt,
      createdAt: notices.createdAt,
      customerId: notices.customerId,
      customerName: customers.name,
      representativeName: representatives.name,
    })
    .from(notices)
    .innerJoin(customers, eq(customers.id, notices.customerId))
    .leftJoin(representatives, eq(representatives.id, notices.representativeId))
    .leftJoin(tenancies, eq(tenancies.id, customers.tenancyId))
    .leftJoin(homes, eq(homes.id, tenancies.homeId))
    .where(where)
    .orderBy(...order)
    .limit(limit);
  return rows.map(
    (row): NoticeRow => ({
      ...row,
      sendBy: row.sendBy?.toISOString() ?? null,
      sentAt: row.sentAt?.toISOString() ?? null,
      createdAt: row.createdAt.toISOString(),
    }),
  );
}

/** Every notice for one customer, and the copies to their representatives, newest first. */
export function customerNotices(db: Database, customerId: string): Promise<NoticeRow[]> {
  return noticeRows(db, eq(notices.customerId, customerId), [
    desc(notices.createdAt),
    asc(notices.representativeId),
    asc(notices.id),
  ]);
}

export interface NoticeDay {
  date: string;
  /** Must go out during this London day, whatever has happened to them since. */
  due: NoticeRow[];
  /** Still not sent although their send-by time has passed (as of now). */
  late: NoticeRow[];
  /** Gave up after the retry limit, or could never be sent: someone must act on them. */
  failed: NoticeRow[];
}

/**
 * One London day for the caller's patches. Late and failed notices are shown as they are
 * now, on every day, because each needs someone to act on it until it is resolved.
 */
export async function noticesForDay(
  db: Database,
  principal: Principal,
  date: string,
  now: Date,
): Promise<NoticeDay> {
  const scope = patchScope(principal);
  if (scope !== 'all' && scope.length === 0) return { date, due: [], late: [], failed: [] };
  const inScope = scope === 'all' ? undefined : inArray(homes.patchId, scope);
  const start = new Date(startOfLondonDay(date).epochMilliseconds);
  const end = new Date(endOfLondonDay(date).epochMilliseconds);
  const bySendBy = [asc(notices.sendBy), asc(notices.createdAt), asc(notices.id)];
  const [due, late, failed] = await Promise.all([
    noticeRows(db, and(inScope, gte(notices.sendBy, start), lt(notices.sendBy, end)), bySendBy),
    noticeRows(
      db,
      and(
        inScope,
        or(eq(notices.status, 'pending'), eq(notices.status, 'sending')),
        lt(notices.sendBy, now),
      ),
      bySendBy,
    ),
    noticeRows(db, and(inScope, eq(notices.status, 'failed')), bySendBy),
  ]);
  return { date, due, late, failed };
}

/** The notice itself, for a caller who must then be checked against its customer. */
export async function findNotice(db: Database, noticeId: string): Promise<OutboxNotice> {
  const [notice] = await db.select().from(notices).where(eq(notices.id, noticeId));
  if (!notice) throw new DomainError('NOT_FOUND', 'There is no notice with that id.');
  return notice;
}

type Links = { publicUrl: string; secret: string };

/** What the email and the text say (or would say, if it has not gone yet). */
export async function previewNotice(db: Database, notice: OutboxNotice, links: Links) {
  const { facts } = await loadNoticeFacts(db, notice, links);
  const rendered = renderNotice(facts);
  return {
    id: notice.id,
    language: rendered.language,
    direction: rendered.direction,
    fellBackToEnglish: rendered.fellBackToEnglish,
    needsTranslatorReview: rendered.needsTranslatorReview,
    email: { subject: rendered.subject, text: rendered.text },
    sms: { text: rendered.sms, segments: rendered.smsSegments },
  };
}

/** The letter as posted: large print when the notice asks for it, standard otherwise. */
export async function noticeLetter(
  db: Database,
  notice: OutboxNotice,
  links: Links,
  now: Date,
): Promise<Uint8Array> {
  const { facts, recipient } = await loadNoticeFacts(db, notice, links);
  const rendered = renderNotice(facts);
  // The day it went, or today for one still waiting.
  return letterForNotice(notice, rendered, facts, recipient, notice.sentAt ?? now);
}
