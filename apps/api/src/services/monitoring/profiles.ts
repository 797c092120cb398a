import {
  accessNeeds,
  customerCharacteristics,
  customers,
  type Database,
  homes,
  tenancies,
} from '@doorstep/db';
import {
  customerGroups,
  type EqualityAnswers,
  type GroupMembership,
  type WrittenFormat,
} from '@doorstep/domain';
import { asc, eq, gt, sql } from 'drizzle-orm';
import { PAGE_SIZE, type Progress } from './paging';

/** A customer's patch and groups; many customers share one, so each is kept once. */
export interface Profile {
  patchId: string | null;
  groups: GroupMembership[];
}

const answerKey: Record<string, keyof EqualityAnswers> = {
  ethnicity: 'ethnicity',
  religion: 'religion',
  sex: 'sex',
  sexual_orientation: 'sexualOrientation',
  disability: 'disability',
};

/** Answers held as `kind=value;…`; a kind with no row (no consent) stays out: not recorded. */
export function parseAnswers(joined: string | null): EqualityAnswers {
  const answers: EqualityAnswers = {};
  for (const pair of joined?.split(';') ?? []) {
    const [kind, value] = pair.split('=');
    const key = answerKey[kind ?? ''];
    if (key && value) answers[key] = value;
  }
  return answers;
}

/**
 * Every customer's patch and groups on `asOf`, interned: the map holds one small number per
 * customer, and each distinct (patch, groups) combination is stored once.
 */
export class Profiles {
  readonly #byCustomer = new Map<string, number>();
  readonly #profiles: Profile[] = [];
  readonly #index = new Map<string, number>();

  add(customerId: string, profile: Profile): void {
    const key = `${profile.patchId ?? ''}|${profile.groups.map((g) => `${g.dimension}=${g.group}`).join(';')}`;
    let id = this.#index.get(key);
    if (id === undefined) {
      id = this.#profiles.length;
      this.#profiles.push(profile);
      this.#index.set(key, id);
    }
    this.#byCustomer.set(customerId, id);
  }

  of(customerId: string | null): Profile | undefined {
    if (customerId === null) return undefined;
    const id = this.#byCustomer.get(customerId);
    return id === undefined ? undefined : this.#profiles[id];
  }

  get distinct(): number {
    return this.#profiles.length;
  }
}

/** Reads customers a page at a time, with their access need kinds and consented answers. */
export async function loadProfiles(
  db: Database,
  asOf: string,
  progress: Progress,
): Promise<Profiles> {
  const profiles = new Profiles();
  let after: string | null = null;
  for (;;) {
    progress.check();
    const rows = await db
      .select({
        id: customers.id,
        language: customers.preferredLanguage,
        format: customers.preferredFormat,
        dateOfBirth: customers.dateOfBirth,
        patchId: homes.patchId,
        needs: sql<
          string | null
        >`(select string_agg(distinct ${accessNeeds.kind}::text, ',') from ${accessNeeds} where ${accessNeeds.customerId} = ${customers.id})`,
        answers: sql<
          string | null
        >`(select string_agg(${customerCharacteristics.characteristic}::text || '=' || ${customerCharacteristics.value}, ';') from ${customerCharacteristics} where ${customerCharacteristics.customerId} = ${customers.id})`,
      })
      .from(customers)
      .leftJoin(tenancies, eq(tenancies.id, customers.tenancyId))
      .leftJoin(homes, eq(homes.id, tenancies.homeId))
      .where(after === null ? undefined : gt(customers.id, after))
      .orderBy(asc(customers.id))
      .limit(PAGE_SIZE);
    for (const row of rows) {
      const groups = customerGroups(
        {
          preferredLanguage: row.language,
          preferredFormat: row.format as WrittenFormat,
          dateOfBirth: row.dateOfBirth,
          accessNeedKinds: row.needs ? row.needs.split(',') : [],
          equality: parseAnswers(row.answers),
        },
        asOf,
      );
      profiles.add(row.id, { patchId: row.patchId, groups });
    }
    const last = rows.at(-1);
    if (!last || rows.length < PAGE_SIZE) return profiles;
    after = last.id;
  }
}
