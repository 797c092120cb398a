import { customers, type Database, homes, tenancies } from '@doorstep/db';
import { and, asc, eq, gte, ilike, inArray, isNull, like, or, type SQL } from 'drizzle-orm';
import type { Principal } from '../auth/principal';
import { customerSearchScope } from './scope';

/** At most this many people are offered; more than that and the search needs a postcode. */
export const CUSTOMER_SEARCH_LIMIT = 10;

/** What staff typed, read as a tenancy reference or a name, and a postcode or its start. */
export interface CustomerQuery {
  /** The whole query in capitals, tried as a tenancy reference when there is no comma. */
  reference: string | null;
  /** Each word must appear somewhere in the name, in any order. */
  nameWords: string[];
  /** A postcode or its start, in capitals with the one space a postcode has ("L36 3"). */
  postcodeStart: string | null;
}

const POSTCODE_CHARACTERS = /^[A-Z0-9 ]+$/;
/** A whole postcode written without its space: the inward code is always its last three. */
const WHOLE_POSTCODE = /^[A-Z]{1,2}[0-9][A-Z0-9]?[0-9][A-Z]{2}$/;

/**
 * "Jones", "Linda Jones", "Jones, L36", "Jones, L36 3SA", "t100123". A refusal is a sentence
 * staff can act on; the router turns it into a field error.
 */
export function parseCustomerQuery(query: string): CustomerQuery | { problem: string } {
  const comma = query.indexOf(',');
  const namePart = (comma === -1 ? query : query.slice(0, comma)).trim();
  const postcodePart = comma === -1 ? '' : query.slice(comma + 1);
  const nameWords = namePart.split(/\s+/).filter(Boolean);
  if (nameWords.length === 0) {
    return { problem: 'Give part of their name before the comma, for example "Jones, L36"' };
  }
  if (postcodePart.includes(',')) {
    return { problem: 'Use one comma, between the name and the postcode: "Jones, L36"' };
  }
  const postcode = postcodePart.toUpperCase().replace(/\s+/g, ' ').trim();
  if (postcode && !POSTCODE_CHARACTERS.test(postcode)) {
    return {
      problem: 'After the comma give a postcode or its start, letters and numbers only: "L36"',
    };
  }
  const compact = postcode.replace(/ /g, '');
  const postcodeStart = !postcode
    ? null
    : WHOLE_POSTCODE.test(compact)
      ? `${compact.slice(0, -3)} ${compact.slice(-3)}`
      : postcode;
  return {
    reference: comma === -1 && !/\s/.test(namePart) ? namePart.toUpperCase() : null,
    nameWords,
    postcodeStart,
  };
}

/** LIKE treats % and _ as wildcards and \ as its escape: typed, they mean themselves. */
const literal = (text: string) => text.replace(/[\\%_]/g, (character) => `\\${character}`);

/**
 * People staff may link a drop-in attendee to: name and where they live, nothing else (no
 * contact details, no access needs). The community team and managers search the whole
 * organisation; an advisor only the patches they work, today's cover included. Only current
 * tenancies count, so the address shown is where the person lives now.
 *
 * A tenancy reference is matched exactly through its unique index (references are held in
 * capitals, as every reference Doorstep issues or imports is). A name is matched with ILIKE
 * on each word, which scans `customers`: fine for a borough of a few thousand tenancies; a
 * larger landlord would add a pg_trgm GIN index on `customers.name`. A postcode start is a
 * left-anchored LIKE on `homes.postcode`, which `homes_postcode_idx` serves under the C
 * collation (or with `text_pattern_ops`).
 */
export async function findCustomers(
  db: Database,
  principal: Principal,
  query: CustomerQuery,
  today: string,
) {
  const scope = customerSearchScope(principal);
  if (scope !== 'all' && scope.length === 0) return [];
  const within: SQL[] = [
    or(isNull(tenancies.endDate), gte(tenancies.endDate, today)) as SQL,
    ...(scope === 'all' ? [] : [inArray(homes.patchId, scope)]),
  ];
  const search = (where: SQL[]) =>
    db
      .select({
        customerId: customers.id,
        name: customers.name,
        addressLine1: homes.addressLine1,
        postcode: homes.postcode,
      })
      .from(customers)
      .innerJoin(tenancies, eq(tenancies.id, customers.tenancyId))
      .innerJoin(homes, eq(homes.id, tenancies.homeId))
      .where(and(...within, ...where))
      .orderBy(asc(customers.name), asc(homes.postcode), asc(customers.id))
      .limit(CUSTOMER_SEARCH_LIMIT);

  if (query.reference) {
    const byReference = await search([eq(tenancies.reference, query.reference)]);
    if (byReference.length > 0) return byReference;
  }
  return search([
    ...query.nameWords.map((word) => ilike(customers.name, `%${literal(word)}%`)),
    ...(query.postcodeStart ? [like(homes.postcode, `${query.postcodeStart}%`)] : []),
  ]);
}
