import { describeDate } from '../calendar/dates';
import { type InstantInput, londonDate } from '../calendar/london';
import { languageName } from '../notices/delivery';
import type { AccessProfile } from './profile';
import { adjustmentLines, flagLines, type VisitRequirements } from './visit-requirements';
import type { RepresentativePeriod, WrittenFormat } from './vocabulary';

export const briefingChipKinds = [
  'interpreter',
  'relay_uk',
  'large_print',
  'braille',
  'easy_read',
  'audio',
  'representative',
  'two_person',
  'knock_loudly',
  'adjustment',
  'restriction',
  'review_overdue',
  'extra_time',
  'staff_gender',
] as const;
export type BriefingChipKind = (typeof briefingChipKinds)[number];

/** One line of the door briefing: what to do, never why. */
export interface BriefingChip {
  kind: BriefingChipKind;
  text: string;
  /** Restrictions and overdue reviews must stand out. */
  emphasis: 'normal' | 'warning';
}

export interface BriefingOptions {
  /** The telephone interpreting line the visitor calls before knocking. */
  interpreterLine: string;
  /**
   * When the customer's access needs are next due to be checked with them (000 §2.11: at the
   * Living Well meeting); null or absent when unknown.
   */
  profileReviewDueOn?: string | null;
}

const formatChips: Partial<Record<WrittenFormat, BriefingChip>> = {
  large_print: {
    kind: 'large_print',
    text: 'Large print: bring any papers in large print.',
    emphasis: 'normal',
  },
  braille: {
    kind: 'braille',
    text: 'Braille: read papers out; leave them in braille.',
    emphasis: 'normal',
  },
  easy_read: {
    kind: 'easy_read',
    text: 'Easy read: use plain words and bring easy-read papers.',
    emphasis: 'normal',
  },
  audio: { kind: 'audio', text: 'Audio: read papers out to the customer.', emphasis: 'normal' },
};

/** "Jane Smith" → "J. Smith": enough to greet them at the door. */
const shortName = (name: string) => {
  const parts = name.trim().split(/\s+/);
  if (parts.length < 2) return name.trim();
  return `${parts[0]?.[0] ?? ''}. ${parts.slice(1).join(' ')}`;
};

const periodWords = (period: RepresentativePeriod, endsOn: string | null | undefined) => {
  if (period === 'one_off') return 'this visit only';
  if (period === 'time_limited' && endsOn) return `until ${describeDate(endsOn)}`;
  return 'ongoing';
};

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * The visit's access briefing as short chips for the door: built from `visitRequirements`
 * and the profile, in the order a visitor needs them (warnings first). A vulnerability is
 * never named: only the instruction it leads to appears, as in `visitRequirements`.
 */
export function visitBriefing(
  profile: AccessProfile,
  requirements: VisitRequirements,
  now: InstantInput,
  options: BriefingOptions,
): BriefingChip[] {
  const chips: BriefingChip[] = [];
  const chip = (
    kind: BriefingChipKind,
    text: string,
    emphasis: BriefingChip['emphasis'] = 'normal',
  ) => chips.push({ kind, text, emphasis });

  for (const restriction of requirements.restrictions) {
    chip('restriction', restriction.message, 'warning');
  }
  const today = londonDate(now);
  if (options.profileReviewDueOn && options.profileReviewDueOn < today) {
    chip(
      'review_overdue',
      `Access needs review overdue since ${describeDate(options.profileReviewDueOn)}: check them with the customer at this visit.`,
      'warning',
    );
  }
  if (requirements.staffCount === 2) chip('two_person', 'Two-person visit: do not go in alone.');

  const interpreter = requirements.interpreter;
  if (interpreter) {
    if (interpreter.kind === 'bsl') {
      chip(
        'interpreter',
        'Interpreter: British Sign Language, in person — wait for them before starting.',
      );
    } else {
      const language = languageName(interpreter.language);
      chip(
        'interpreter',
        interpreter.kind === 'telephone'
          ? `Interpreter: ${language}, by phone — call ${options.interpreterLine} before knocking.`
          : `Interpreter: ${language}, in person — wait for them before starting.`,
      );
    }
  }
  const repsById = new Map((profile.representatives ?? []).map((rep) => [rep.id, rep]));
  for (const invited of requirements.representativesToInvite) {
    const rep = repsById.get(invited.id);
    chip(
      'representative',
      `${capitalise(invited.relationship)} invited: ${shortName(invited.name)} (${periodWords(rep?.period ?? 'ongoing', rep?.endsOn)}).`,
    );
  }
  if (requirements.relayUk) {
    chip('relay_uk', 'Relay UK: to phone the customer, dial 18001 before their number.');
  }

  const writtenOnly = requirements.restrictions.some((r) => r.kind === 'written_contact_only');
  for (const adjustment of profile.visitAdjustments ?? []) {
    if (adjustment === 'knock_loudly') {
      chip('knock_loudly', 'Knock loudly.');
    } else if (adjustment === 'call_before_arriving' && writtenOnly) {
      chip('adjustment', 'Text the customer before arriving (no phone calls).');
    } else {
      chip('adjustment', adjustmentLines[adjustment]);
    }
  }
  for (const flag of new Set(profile.vulnerabilityFlags ?? [])) {
    // Two staff already has its own chip; the rest say only what to do.
    const line = flag === 'do_not_visit_alone' ? undefined : flagLines[flag];
    if (line) chip('adjustment', line);
  }

  const format = formatChips[profile.writtenFormat ?? 'standard'];
  if (format) chips.push({ ...format });
  const extra = profile.extraTimeMinutes ?? 0;
  if (extra > 0) chip('extra_time', `Extra time: allow ${extra} more minutes, do not rush.`);
  const gender = requirements.staffConstraints.gender;
  if (gender) chip('staff_gender', `The customer asked for a ${gender} member of staff.`);

  // Two flags can lead to the same instruction: say it once.
  const seen = new Set<string>();
  return chips.filter((c) => !seen.has(c.text) && seen.add(c.text));
}
