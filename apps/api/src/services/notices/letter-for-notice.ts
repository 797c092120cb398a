import type { Recipient } from './facts';
import { renderLetter } from './letters';
import type { OutboxNotice } from './outbox';
import type { NoticeFacts, RenderedNotice } from './templates';

/** The letter PDF for a rendered notice, in its format, dated `on`. One layout for sending and previewing. */
export function letterForNotice(
  notice: Pick<OutboxNotice, 'format'>,
  rendered: RenderedNotice,
  facts: NoticeFacts,
  recipient: Recipient,
  on: Date,
): Promise<Uint8Array> {
  return renderLetter(
    {
      language: rendered.language,
      direction: rendered.direction,
      recipient: { name: recipient.name, addressLines: recipient.addressLines },
      date: new Intl.DateTimeFormat(rendered.language, {
        dateStyle: 'long',
        timeZone: 'Europe/London',
      }).format(on),
      title: rendered.letter.title,
      paragraphs: rendered.letter.paragraphs,
      facts: rendered.letter.facts,
      ...(facts.link ? { link: facts.link } : {}),
    },
    notice.format === 'large_print' ? 'large_print' : 'standard',
  );
}
