import { createHmac } from 'node:crypto';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PermanentDeliveryError } from '../src/services/notices/outbox';
import { notifySmsTransport } from '../src/services/notices/sms';

const serviceId = '26785a09-ab16-4eb0-8407-a37497a57506';
const secret = '3d844edf-8d35-48ac-975b-e847b4f122b0';
const apiKey = `doorstep_test-${serviceId}-${secret}`;
const templateId = 'f33517ff-2a88-4f6e-b855-c550268ce08a';

/** A stand-in for Notify's SMS endpoint that checks the token the way Notify does. */
describe('texts through a Notify-style service', () => {
  const requests: { body: Record<string, unknown>; validToken: boolean }[] = [];
  let answer = 201;
  let baseUrl = '';
  const server = createServer((request: IncomingMessage, response) => {
    let raw = '';
    request.on('data', (chunk) => {
      raw += chunk;
    });
    request.on('end', () => {
      const token = (request.headers.authorization ?? '').replace(/^Bearer /, '');
      const [header = '', payload = '', signature = ''] = token.split('.');
      const expected = createHmac('sha256', secret)
        .update(`${header}.${payload}`)
        .digest('base64url');
      const claims = JSON.parse(Buffer.from(payload, 'base64url').toString() || '{}');
      requests.push({
        body: JSON.parse(raw),
        validToken: signature === expected && claims.iss === serviceId,
      });
      response
        .writeHead(answer, { 'content-type': 'application/json' })
        .end('{"errors":[{"message":"x"}]}');
    });
  });
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const transport = () =>
    notifySmsTransport({
      apiKey,
      templateId,
      baseUrl,
      now: () => new Date('2026-11-23T10:00:00Z'),
    });

  it('sends the body through the template, signed with the key, with the notice as reference', async () => {
    answer = 201;
    await transport().send({
      to: '07700 900123',
      body: 'Your visit is booked',
      reference: 'notice-1',
    });
    expect(requests.at(-1)).toEqual({
      validToken: true,
      body: {
        phone_number: '07700 900123',
        template_id: templateId,
        personalisation: { body: 'Your visit is booked' },
        reference: 'notice-1',
      },
    });
  });

  it('fails an attempt to retry on a server error, and for good on a refused number', async () => {
    answer = 500;
    const retry = await transport()
      .send({ to: '07700 900123', body: 'x', reference: 'notice-2' })
      .catch((error: unknown) => error);
    expect(retry).toBeInstanceOf(Error);
    expect(retry).not.toBeInstanceOf(PermanentDeliveryError);
    answer = 400;
    await expect(
      transport().send({ to: 'not a number', body: 'x', reference: 'notice-3' }),
    ).rejects.toBeInstanceOf(PermanentDeliveryError);
  });

  it('refuses a key that is not a Notify key', async () => {
    const bad = notifySmsTransport({ apiKey: 'short', templateId, baseUrl });
    await expect(bad.send({ to: '1', body: 'x', reference: 'r' })).rejects.toThrow(
      'not a Notify API key',
    );
  });
});
