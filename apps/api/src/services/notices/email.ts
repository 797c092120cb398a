import nodemailer from 'nodemailer';

export interface EmailMessage {
  to: string;
  subject: string;
  text: string;
  html?: string;
  /** Stable per notice, so a receiving system that sees it twice can tell. */
  messageId: string;
  attachments?: { filename: string; content: string | Uint8Array; contentType: string }[];
}

export interface EmailTransport {
  send(message: EmailMessage): Promise<void>;
  close(): void;
}

/**
 * Email over SMTP with nodemailer. Timeouts are short so a server that hangs fails the
 * attempt (and the outbox retries it) rather than holding the worker.
 */
export function smtpTransport(options: {
  url: string;
  from: string;
  timeoutMs?: number;
  /** Reuse up to this many connections, for a large queue; one connection per message when unset. */
  pooledConnections?: number;
}): EmailTransport {
  const timeout = options.timeoutMs ?? 15_000;
  const url = new URL(options.url);
  const transporter = nodemailer.createTransport({
    host: url.hostname,
    port: Number(url.port || (url.protocol === 'smtps:' ? 465 : 587)),
    secure: url.protocol === 'smtps:',
    ...(url.username
      ? { auth: { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) } }
      : {}),
    connectionTimeout: timeout,
    greetingTimeout: timeout,
    socketTimeout: timeout,
    ...(options.pooledConnections
      ? {
          pool: true,
          maxConnections: options.pooledConnections,
          maxMessages: Number.POSITIVE_INFINITY,
        }
      : {}),
  });
  return {
    async send(message) {
      await transporter.sendMail({
        from: options.from,
        to: message.to,
        subject: message.subject,
        text: message.text,
        ...(message.html ? { html: message.html } : {}),
        messageId: message.messageId,
        attachments: (message.attachments ?? []).map((a) => ({
          filename: a.filename,
          content: typeof a.content === 'string' ? a.content : Buffer.from(a.content),
          contentType: a.contentType,
        })),
      });
    },
    close: () => transporter.close(),
  };
}
