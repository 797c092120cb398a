import {
  type ContactChannel,
  ethnicityGroups,
  type GroupDimension,
  groupLabel,
  type InterpreterKind,
  interpreterLabels,
  religionGroups,
  sexGroups,
  sexualOrientationGroups,
  type VisitAdjustment,
} from '@doorstep/domain';
import type { CharacteristicKind, Outcome, ReferralService } from './types';

/** Words for the codes the record form shows; the codes are what the API stores. */
export const outcomeLabels: Record<Outcome, string> = {
  met: 'We met',
  no_access: 'No access – nobody answered',
  declined: 'The tenant declined the meeting',
};

/** The same words the monitoring figures use, so a format reads alike everywhere. */
export { formatLabels } from '@doorstep/domain';

export const channelLabels: Record<ContactChannel, string> = {
  phone: 'Phone call',
  sms: 'Text message',
  email: 'Email',
  post: 'Post',
};

export const interpreterOptions: { value: InterpreterKind | 'none'; label: string }[] = [
  { value: 'none', label: 'No interpreter' },
  ...(Object.entries(interpreterLabels) as [InterpreterKind, string][]).map(([value, label]) => ({
    value,
    label: label[0]?.toUpperCase() + label.slice(1),
  })),
];

export const adjustmentLabels: Record<VisitAdjustment, string> = {
  call_before_arriving: 'Call before arriving',
  text_before_arriving: 'Text before arriving',
  knock_loudly: 'Knock loudly',
  do_not_ring_doorbell: 'Do not ring the doorbell',
  wait_longer_at_door: 'Wait longer at the door',
  pets_secured: 'Ask for pets to be secured',
  show_id_at_window: 'Show ID at the window',
  remove_shoes: 'Remove shoes',
  no_strong_scents: 'No strong scents',
  quiet_approach: 'A quiet approach',
  ground_floor_room: 'Meet in a ground-floor room',
};

export const serviceLabels: Record<ReferralService, string> = {
  money_advice: 'Money advice',
  getting_online: 'Help getting online',
  tenancy_support: 'Tenancy support',
  repairs: 'Repairs',
  employment: 'Employment and training',
};

/** The answer every protected-characteristic question offers (never required). */
export const PREFER_NOT_TO_SAY = 'prefer_not_to_say';

/** The codes and words of the groups the fairness figures are split by (domain `monitoring`). */
const answers = (dimension: GroupDimension, codes: readonly string[]) =>
  codes.map((value) => ({ value, label: groupLabel(dimension, value) }));

/**
 * The questions and answers, in the broad groups of the 2021 Census, so they can be compared
 * with the borough's population when checking services are fair (000 §2.13).
 */
export const characteristicQuestions: Record<
  CharacteristicKind,
  { legend: string; options: { value: string; label: string }[] }
> = {
  ethnicity: { legend: 'Ethnic group', options: answers('ethnicity', ethnicityGroups) },
  religion: { legend: 'Religion or belief', options: answers('religion', religionGroups) },
  sex: { legend: 'Sex', options: answers('sex', sexGroups) },
  sexual_orientation: {
    legend: 'Sexual orientation',
    options: answers('sexual_orientation', sexualOrientationGroups),
  },
  disability: {
    legend: 'Disability',
    options: [
      { value: 'yes', label: 'Yes, they consider themselves disabled' },
      { value: 'no', label: 'No' },
    ],
  },
};

/** Every characteristic and service, in the order the form asks about them. */
export const characteristicKinds = Object.keys(characteristicQuestions) as CharacteristicKind[];
export const referralServices = Object.keys(serviceLabels) as ReferralService[];

/** The languages notices are written in (six), named in English for the advisor. */
export const noticeLanguages = ['en', 'ar', 'pl', 'ro', 'uk', 'ur'] as const;

const languageNames = new Intl.DisplayNames(['en-GB'], { type: 'language' });
export function languageName(tag: string) {
  try {
    return languageNames.of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/** "no_access" → "no access", for codes without a label of their own. */
export const words = (code: string) => code.replaceAll('_', ' ');
