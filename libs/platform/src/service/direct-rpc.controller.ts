import { Controller, HttpCode, Inject, Param, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { RpcServer } from '../messaging/rpc-server';
import { encodeJson } from '../messaging/rpc-codec';
import { RPC_HEADERS } from '../messaging/rpc-transport';

/**
 * `POST /rpc/<subject>`: serves a message over plain HTTP, bypassing NATS and the gateway.
 * Off unless the service is configured with `directRpcHttp`; it takes the same signed auth
 * context header as a NATS message, so it opens nothing the bus does not. Its purpose is
 * the baseline of the gateway benchmark (tests/bench) and debugging a service in isolation.
 */
@Controller('rpc')
export class DirectRpcController {
  constructor(@Inject(RpcServer) private readonly server: RpcServer) {}

  @Post(':subject')
  @HttpCode(200)
  async serve(@Param('subject') subject: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const header = (name: string) => req.header(name) ?? '';
    const reply = this.server.dispatch({
      subject,
      data: encodeJson(req.body ?? {}),
      headers: {
        [RPC_HEADERS.auth]: header(RPC_HEADERS.auth),
        [RPC_HEADERS.correlationId]: header(RPC_HEADERS.correlationId),
        [RPC_HEADERS.language]: header(RPC_HEADERS.language),
      },
    });
    if (!reply) {
      res.status(404).json({ ok: false, error: { code: 'COMMON.ROUTE_NOT_FOUND', message: `No handler for ${subject}` } });
      return;
    }
    res.type('application/json').send(Buffer.from((await reply).data));
  }
}
