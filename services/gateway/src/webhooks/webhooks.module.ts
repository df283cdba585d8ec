import { Module } from '@nestjs/common';
import { WebhookDeliveryWorker } from './delivery/webhook-delivery.worker';
import { WebhookOwnerAccess } from './delivery/webhook-owner-access';
import { WebhooksController } from './webhooks.controller';
import { WebhooksRepository } from './webhooks.repository';
import { CreateWebhookUseCase } from './use-cases/create-webhook.use-case';
import { DeleteWebhookUseCase } from './use-cases/delete-webhook.use-case';
import { GetWebhookUseCase } from './use-cases/get-webhook.use-case';
import { ListWebhookDeliveriesUseCase } from './use-cases/list-webhook-deliveries.use-case';
import { ListWebhooksUseCase } from './use-cases/list-webhooks.use-case';
import { ReplayWebhookDeliveryUseCase } from './use-cases/replay-webhook-delivery.use-case';
import { UpdateWebhookUseCase } from './use-cases/update-webhook.use-case';

/** `/webhooks` and the delivery worker (one per replica; they share the work through the database). */
@Module({
  controllers: [WebhooksController],
  providers: [
    WebhooksRepository,
    WebhookOwnerAccess,
    WebhookDeliveryWorker,
    CreateWebhookUseCase,
    GetWebhookUseCase,
    ListWebhooksUseCase,
    UpdateWebhookUseCase,
    DeleteWebhookUseCase,
    ListWebhookDeliveriesUseCase,
    ReplayWebhookDeliveryUseCase,
  ],
  exports: [WebhookDeliveryWorker],
})
export class WebhooksModule {}
