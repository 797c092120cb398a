import {
  type CharacteristicKind,
  characteristicKinds,
  customerCharacteristics,
  type Database,
} from '@doorstep/db';
import { and, eq, inArray } from 'drizzle-orm';

/** The answer a customer may give instead of a value; it is stored, and it is an answer. */
export const PREFER_NOT_TO_SAY = 'prefer_not_to_say';

export interface CharacteristicAnswer {
  characteristic: CharacteristicKind;
  /** A value or `prefer_not_to_say`; unused without consent. */
  value?: string | undefined;
  consent: boolean;
}

export interface StoredCharacteristic {
  characteristic: CharacteristicKind;
  value: string | null;
  consent: boolean;
  consentRecordedAt: string | null;
}

/** The name a characteristic has in the audit log: which one, never its value. */
export const auditFieldOf = (characteristic: CharacteristicKind) =>
  `characteristics.${characteristic}`;

/** Every characteristic with its consent state; those not held have no value and no consent. */
export async function loadCharacteristics(
  db: Database,
  customerId: string,
): Promise<StoredCharacteristic[]> {
  const rows = await db
    .select()
    .from(customerCharacteristics)
    .where(eq(customerCharacteristics.customerId, customerId));
  const held = new Map(rows.map((row) => [row.characteristic, row]));
  return characteristicKinds.map((characteristic) => {
    const row = held.get(characteristic);
    return {
      characteristic,
      value: row?.value ?? null,
      consent: row !== undefined,
      consentRecordedAt: row?.consentRecordedAt.toISOString() ?? null,
    };
  });
}

/**
 * Stores what the customer agreed to share and nothing else (special category data): an
 * answer with consent is written (consent re-recorded now, by this member of staff); an
 * answer without consent removes any value held before. Characteristics not asked about
 * are left as they are. Returns the audit names of those written or removed.
 */
export async function saveCharacteristics(
  tx: Database,
  customerId: string,
  answers: readonly CharacteristicAnswer[],
  recordedById: string,
  at: Date,
): Promise<string[]> {
  const withConsent = answers.filter((answer) => answer.consent && answer.value);
  const withdrawn = answers.filter((answer) => !answer.consent).map((a) => a.characteristic);
  for (const answer of withConsent) {
    const row = {
      value: answer.value as string,
      consentRecordedAt: at,
      recordedById,
    };
    await tx
      .insert(customerCharacteristics)
      .values({ customerId, characteristic: answer.characteristic, ...row })
      .onConflictDoUpdate({
        target: [customerCharacteristics.customerId, customerCharacteristics.characteristic],
        set: row,
      });
  }
  const removed =
    withdrawn.length === 0
      ? []
      : await tx
          .delete(customerCharacteristics)
          .where(
            and(
              eq(customerCharacteristics.customerId, customerId),
              inArray(customerCharacteristics.characteristic, withdrawn),
            ),
          )
          .returning({ characteristic: customerCharacteristics.characteristic });
  return [
    ...withConsent.map((answer) => answer.characteristic),
    ...removed.map((row) => row.characteristic),
  ].map(auditFieldOf);
}
