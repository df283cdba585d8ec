import express from 'express';
import { Readable } from 'node:stream';
import request from 'supertest';
import { captureResponse, withoutSecrets, type CapturedResponse } from './capture-response';

describe('captureResponse', () => {
  function appWith(handler: (res: express.Response) => void, seen: { settled: CapturedResponse[]; unsettled: number; order: string[] }) {
    const app = express();
    app.post('/x', (_req, res) => {
      captureResponse(
        res,
        async (response) => {
          await new Promise((resolve) => setTimeout(resolve, 20));
          seen.order.push('stored');
          seen.settled.push(response);
        },
        async () => {
          seen.unsettled += 1;
        },
      );
      res.once('finish', () => seen.order.push('sent'));
      handler(res);
    });
    return app;
  }

  it('stores status, replayed headers and the body without secrets before the answer is sent', async () => {
    const seen = { settled: [] as CapturedResponse[], unsettled: 0, order: [] as string[] };
    const app = appWith((res) => {
      res.location('/api/v1/api-clients/1').setHeader('ETag', '"1"');
      res.setHeader('X-Other', 'not kept');
      res.status(201).json({ client: { id: '1', previousSecretValidUntil: null }, clientSecret: 'lts_s' });
    }, seen);
    const answer = await request(app).post('/x').expect(201);
    expect(answer.body).toEqual({ client: { id: '1', previousSecretValidUntil: null }, clientSecret: 'lts_s' });
    expect(seen.settled).toEqual([
      {
        statusCode: 201,
        headers: { location: '/api/v1/api-clients/1', etag: '"1"' },
        body: JSON.stringify({ client: { id: '1', previousSecretValidUntil: null }, clientSecret: '[redacted]' }),
      },
    ]);
    expect(seen.order).toEqual(['stored', 'sent']);
    expect(seen.unsettled).toBe(0);
  });

  it('stores an empty answer (204) as no body', async () => {
    const seen = { settled: [] as CapturedResponse[], unsettled: 0, order: [] as string[] };
    await request(appWith((res) => void res.status(204).send(), seen)).post('/x').expect(204);
    expect(seen.settled).toEqual([{ statusCode: 204, headers: {}, body: null }]);
  });

  it('keeps nothing of a streamed answer: the key is released once it is sent', async () => {
    const seen = { settled: [] as CapturedResponse[], unsettled: 0, order: [] as string[] };
    await request(appWith((res) => void Readable.from(['a', 'b']).pipe(res), seen)).post('/x').expect(200);
    expect(seen.settled).toEqual([]);
    expect(seen.unsettled).toBe(1);
  });

  it('redacts secret-named fields at any depth, keeps dates and other fields', () => {
    const at = new Date('2026-01-02T03:04:05Z');
    expect(withoutSecrets({ items: [{ generatedPassword: 'p', refresh_token: 't', at }], previousSecretValidUntil: 'x' })).toEqual({
      items: [{ generatedPassword: '[redacted]', refresh_token: '[redacted]', at: '2026-01-02T03:04:05.000Z' }],
      previousSecretValidUntil: 'x',
    });
  });
});
