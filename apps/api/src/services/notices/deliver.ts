import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { type Database, formatTasks } from '@doorstep/db';
import { serviceDeadline } from '@doorstep/domain';
import { appointmentCalendar } from '../appointments/calendar-files';
import type { EmailTransport } from './email';
import { loadNoticeFacts } from './facts';
import { letterForNotice } from './letter-for-notice';
import { type OutboxNotice, PermanentDeliveryError } from './outbox';
import type { SmsTransport } from './sms';
import { renderNotice, TemplateError } from './templates';

export interface DeliveryOptions {
  db: Database;
  links: { publicUrl: string; secret: string };
  /** SMTP when configured; otherwise messages go to `outboxDir` for staff to see. */
  email?: EmailTransport | undefined;
  /** A text service when configured; otherwise texts go to `outboxDir` too. */
  sms?: SmsTransport | undefined;
  /** Where letters, texts and (without SMTP) emails are written: the print run and the dev outbox. */
  outboxDir: string;
}

/**
 * Turns one queued notice into what goes out: an email (with the calendar file for a
 * booked visit), a text, or a letter PDF in the customer's format. A missing address is
 * a permanent failure raised to staff; anything else that fails is retried by the outbox.
 */
export function createDelivery(options: DeliveryOptions) {
  const write = async (name: string, content: string | Uint8Array) => {
    await mkdir(options.outboxDir, { recursive: true });
    await writeFile(path.join(options.outboxDir, name), content);
  };

  return async function deliver(notice: OutboxNotice): Promise<{ note: string } | undefined> {
    if (notice.format === 'braille' || notice.format === 'audio') {
      // Handed to the supplier: the task, not the notice, tracks it until it reaches them.
      await options.db
        .insert(formatTasks)
        .values({
          noticeId: notice.id,
          customerId: notice.customerId,
          format: notice.format,
          language: notice.language,
          dueOn: serviceDeadline('alternative_format_document', notice.createdAt).dueDate,
        })
        .onConflictDoNothing();
      return;
    }
    const { facts, recipient, appointment } = await loadNoticeFacts(
      options.db,
      notice,
      options.links,
    );
    let rendered: ReturnType<typeof renderNotice>;
    try {
      rendered = renderNotice(facts);
    } catch (error) {
      // A broken template is not fixed by waiting: fail now, loudly, and send nothing.
      if (error instanceof TemplateError)
        throw new PermanentDeliveryError(`The message could not be written: ${error.message}`);
      throw error;
    }
    // Never a blank message: English instead, and staff are told so they can follow up.
    const outcome = rendered.fellBackToEnglish
      ? { note: `Sent in English: there is no ${notice.language} version of this message yet.` }
      : undefined;

    if (notice.channel === 'email') {
      if (!recipient.email) {
        throw new PermanentDeliveryError(
          'There is no email address to send this to: contact them another way.',
        );
      }
      const attachments = appointment
        ? [
            {
              filename: 'visit.ics',
              content: appointmentCalendar({ ...appointment, location: 'Your home' }),
              contentType: `text/calendar; charset=utf-8; method=${appointment.status === 'booked' ? 'REQUEST' : 'CANCEL'}`,
            },
          ]
        : [];
      const message = {
        to: recipient.email,
        subject: rendered.subject,
        text: rendered.text,
        html: rendered.html,
        messageId: `<notice-${notice.id}@doorstep>`,
        attachments,
      };
      if (options.email) await options.email.send(message);
      else
        await write(
          `${notice.id}.email.txt`,
          `To: ${message.to}\nSubject: ${message.subject}\n\n${message.text}\n`,
        );
      return outcome;
    }
    if (notice.channel === 'sms') {
      if (!recipient.phone)
        throw new PermanentDeliveryError(
          'There is no phone number to text: contact them another way.',
        );
      if (options.sms) {
        await options.sms.send({
          to: recipient.phone,
          body: rendered.sms,
          reference: `notice-${notice.id}`,
        });
      } else {
        await write(`${notice.id}.sms.txt`, `To: ${recipient.phone}\n\n${rendered.sms}\n`);
      }
      return outcome;
    }
    if (recipient.addressLines.length === 0) {
      throw new PermanentDeliveryError(
        'There is no postal address for this letter: contact them another way.',
      );
    }
    const pdf = await letterForNotice(notice, rendered, facts, recipient, new Date());
    await write(`${notice.id}.letter.pdf`, pdf);
    return outcome;
  };
}
