import { Inject, Injectable, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import type { HandlerContext } from './rpc-server';
import { RpcServer } from './rpc-server';
import { RPC_HANDLER_METADATA, type RpcHandlerMetadata } from './rpc-handler.decorator';

type HandlerMethod = (payload: object, context: HandlerContext) => Promise<unknown>;

/** Finds every `@RpcHandler` method in the app and serves it once the app has booted. */
@Injectable()
export class RpcExplorer implements OnApplicationBootstrap, BeforeApplicationShutdown {
  constructor(
    @Inject(DiscoveryService) private readonly discovery: DiscoveryService,
    @Inject(MetadataScanner) private readonly scanner: MetadataScanner,
    @Inject(Reflector) private readonly reflector: Reflector,
    @Inject(RpcServer) private readonly server: RpcServer,
  ) {}

  onApplicationBootstrap(): void {
    for (const wrapper of [...this.discovery.getControllers(), ...this.discovery.getProviders()]) {
      const instance = wrapper.instance as Record<string, unknown> | undefined;
      if (!instance || typeof instance !== 'object') continue;
      const prototype = Object.getPrototypeOf(instance) as object;
      for (const name of this.scanner.getAllMethodNames(prototype)) {
        const method = instance[name] as HandlerMethod;
        const meta = this.reflector.get<RpcHandlerMetadata | undefined>(RPC_HANDLER_METADATA, method);
        if (!meta) continue;
        this.server.register({
          subject: meta.subject,
          requestType: meta.requestType,
          access: meta.access,
          handle: (payload, context) => method.call(instance, payload, context),
        });
      }
    }
    this.server.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.server.stop();
  }
}
