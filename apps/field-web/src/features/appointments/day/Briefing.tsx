import type { BriefingChipKind } from '@doorstep/domain';
import { Chips, LineIcon } from '@doorstep/ui';
import type { BriefingChip } from './types';

/**
 * Line pictures for each kind of need. Every chip says its message in words; the picture is
 * a quick cue for a glance at the door, hidden from screen readers.
 */
const paths: Record<BriefingChipKind, string> = {
  interpreter: 'M4 5h10v8H8l-4 3zM14 9h6v8l-3-2h-5v-2',
  relay_uk: 'M6 3h8v18H6zM9 18h2M17 8a4 4 0 0 1 0 6M19.5 6a7 7 0 0 1 0 10',
  large_print: 'M3 19 8 5l5 14M5 14h6M14 19l3.5-9 3.5 9M15.2 16h4.6',
  braille: 'M7 5h.01M12 5h.01M7 12h.01M17 12h.01M12 19h.01M17 19h.01',
  easy_read: 'M4 5h7a2 2 0 0 1 2 2v13a2 2 0 0 0-2-2H4zM20 5h-5a2 2 0 0 0-2 2v13a2 2 0 0 1 2-2h5z',
  audio: 'M4 10h4l5-4v12l-5-4H4zM16 9a4 4 0 0 1 0 6M18.5 7a7 7 0 0 1 0 10',
  representative:
    'M9 8a3 3 0 1 0 0 .1M3 20a6 6 0 0 1 12 0M17 7a2.5 2.5 0 1 0 0 .1M16 13a5 5 0 0 1 5 6',
  two_person: 'M8 8a3 3 0 1 0 0 .1M2 20a6 6 0 0 1 12 0M16 8a3 3 0 1 0 0 .1M14 14a6 6 0 0 1 8 6',
  knock_loudly: 'M6 4h9v16H6zM12 12h.01M18 8l3-2M18 12h4M18 16l3 2',
  adjustment: 'M4 6h10M18 6h2M4 12h4M12 12h8M4 18h12M20 18h0M14 4v4M8 10v4M16 16v4',
  restriction: 'M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18M5.6 5.6l12.8 12.8',
  review_overdue: 'M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18M12 7v5l3 3',
  extra_time: 'M7 3h10M7 21h10M8 3c0 5 8 5 8 9s-8 4-8 9M16 3c0 5-8 5-8 9s8 4 8 9',
  staff_gender: 'M12 8a3 3 0 1 0 0 .1M6 21a6 6 0 0 1 12 0',
};

/** What to do at the door, as chips; nothing when the customer has told us of no needs. */
export function Briefing({ chips, label }: { chips: readonly BriefingChip[]; label: string }) {
  return (
    <Chips
      label={label}
      warningPrefix="Important:"
      chips={chips.map((chip, index) => ({
        key: `${chip.kind}-${index}`,
        text: chip.text,
        icon: <LineIcon d={paths[chip.kind]} />,
        emphasis: chip.emphasis,
      }))}
    />
  );
}
