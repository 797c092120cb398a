import { createHmac } from 'node:crypto';
import { PermanentDeliveryError } from './outbox';

export interface SmsMessage {
  to: string;
  body: string;
  /** Stable per notice: Notify keeps it with the message, so staff can match delivery receipts. */
  reference: string;
}

export interface SmsTransport {
  send(message: SmsMessage): Promise<void>;
}

const base64url = (value: string | Buffer) => Buffer.from(value).toString('base64url');

/**
 * GOV.UK Notify's API key is `name-serviceId-secret` (two UUIDs at the end); requests carry
 * a short-lived HS256 JWT with the service id as issuer, signed with the secret.
 */
function notifyToken(apiKey: string, now: Date): string {
  const parts = apiKey.split('-');
  if (parts.length < 10) throw new Error('NOTIFY_API_KEY is not a Notify API key');
  const serviceId = parts.slice(-10, -5).join('-');
  const secret = parts.slice(-5).join('-');
  const header = base64url(JSON.stringify({ typ: 'JWT', alg: 'HS256' }));
  const payload = base64url(
    JSON.stringify({ iss: serviceId, iat: Math.floor(now.getTime() / 1000) }),
  );
  const signature = createHmac('sha256', secret).update(`${header}.${payload}`).digest('base64url');
  return `${header}.${payload}.${signature}`;
}

/**
 * Texts through a GOV.UK Notify-style API: one template whose only field is the message
 * body, so the wording stays ours (and in the customer's language). Failures throw, and
 * the outbox retries; a refusal of the number itself (400) is permanent.
 */
export function notifySmsTransport(options: {
  apiKey: string;
  templateId: string;
  baseUrl?: string;
  now?: () => Date;
  timeoutMs?: number;
}): SmsTransport {
  const baseUrl = (options.baseUrl ?? 'https://api.notifications.service.gov.uk').replace(
    /\/$/,
    '',
  );
  return {
    async send(message) {
      const response = await fetch(`${baseUrl}/v2/notifications/sms`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${notifyToken(options.apiKey, (options.now ?? (() => new Date()))())}`,
          'content-type': 'application/json',
        },
        body: JSON.stringify({
          phone_number: message.to,
          template_id: options.templateId,
          personalisation: { body: message.body },
          reference: message.reference,
        }),
        signal: AbortSignal.timeout(options.timeoutMs ?? 15_000),
      });
      if (response.status === 201) return;
      const detail = await response.text().catch(() => '');
      const problem = `The text service answered ${response.status}: ${detail.slice(0, 200)}`;
      throw response.status === 400 ? new PermanentDeliveryError(problem) : new Error(problem);
    },
  };
}
