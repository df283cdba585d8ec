import { createRuntimeFromConfig, loadConfig, runServiceMain } from '@lienthong/platform';
import { createGatewayApp } from './app';
import { gatewayConfigSchema } from './config/gateway.config';

runServiceMain('gateway', async () => {
  const config = loadConfig('GATEWAY', gatewayConfigSchema);
  const runtime = await createRuntimeFromConfig('gateway', config);
  // The schema requires GATEWAY_AUTH_CONTEXT_PRIVATE_KEY, so the runtime has a signer.
  if (!runtime.signer) throw new Error('GATEWAY_AUTH_CONTEXT_PRIVATE_KEY is required');
  const rateLimit = { perSubject: config.rateLimitPerSubject, perAddress: config.rateLimitPerAddress, windowSeconds: config.rateLimitWindowSeconds };
  const changeFeed = { retentionDays: config.changeFeedRetentionDays };
  const memberExports = { directMaxMembers: config.exportDirectMaxMembers };
  const webhooks = {
    allowLoopbackHttp: config.webhookAllowLoopbackHttp,
    allowPrivateNetworks: config.webhookAllowPrivateNetworks,
    timeoutMs: config.webhookTimeoutMs,
    maxAttempts: config.webhookMaxAttempts,
    disableAfterFailures: config.webhookDisableAfterFailures,
    disableAfterMs: config.webhookDisableAfterHours * 3_600_000,
  };
  const gateway = await createGatewayApp({ ...config, rateLimit, changeFeed, webhooks, memberExports }, { transport: runtime.transport, logger: runtime.logger, signer: runtime.signer, processMetrics: true, events: runtime.events, blobStore: runtime.blobStore });
  if (gateway.generatedAdminPassword) {
    // Printed once, straight to the terminal, never through the logger.
    process.stderr.write(
      `\nTài khoản quản trị đã được tạo / administrator account created:\n  admin / ${gateway.generatedAdminPassword}\n` +
        'Hãy đổi mật khẩu sau lần đăng nhập đầu tiên / change it after the first sign-in.\n\n',
    );
  }
  return { app: gateway, runtime };
});
