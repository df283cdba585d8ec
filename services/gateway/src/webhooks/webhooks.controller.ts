import { Body, Controller, Delete, Get, HttpCode, Inject, Param, Patch, Post, Query, Res } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentPrincipal } from '../auth/caller.decorator';
import type { Principal } from '../auth/principal';
import { RequirePermission } from '../auth/require-permission.decorator';
import { ApiErrorResponses } from '../common/openapi/api-error-responses.decorator';
import { UuidParamPipe } from '../common/validation/uuid-param.pipe';
import { WebhookDeliveryDto, WebhookDeliveryPageDto, WebhookDto, WebhookPageDto, WebhookWithSecretDto } from './dto/webhook.dto';
import { CreateWebhookDto, PageQueryDto, UpdateWebhookDto } from './dto/webhook-input.dto';
import { toWebhookDto } from './webhook.mapper';
import { CreateWebhookUseCase } from './use-cases/create-webhook.use-case';
import { DeleteWebhookUseCase } from './use-cases/delete-webhook.use-case';
import { GetWebhookUseCase } from './use-cases/get-webhook.use-case';
import { ListWebhookDeliveriesUseCase } from './use-cases/list-webhook-deliveries.use-case';
import { ListWebhooksUseCase } from './use-cases/list-webhooks.use-case';
import { ReplayWebhookDeliveryUseCase } from './use-cases/replay-webhook-delivery.use-case';
import { UpdateWebhookUseCase } from './use-cases/update-webhook.use-case';

/** The caller's own webhooks (a user's or an API client's): signed POSTs of the changes it may see. */
@ApiTags('webhooks')
@ApiBearerAuth()
@Controller('webhooks')
export class WebhooksController {
  constructor(
    @Inject(ListWebhooksUseCase) private readonly listWebhooks: ListWebhooksUseCase,
    @Inject(GetWebhookUseCase) private readonly getWebhook: GetWebhookUseCase,
    @Inject(CreateWebhookUseCase) private readonly createWebhook: CreateWebhookUseCase,
    @Inject(UpdateWebhookUseCase) private readonly updateWebhook: UpdateWebhookUseCase,
    @Inject(DeleteWebhookUseCase) private readonly deleteWebhook: DeleteWebhookUseCase,
    @Inject(ListWebhookDeliveriesUseCase) private readonly listDeliveries: ListWebhookDeliveriesUseCase,
    @Inject(ReplayWebhookDeliveryUseCase) private readonly replayDelivery: ReplayWebhookDeliveryUseCase,
  ) {}

  @Get()
  @RequirePermission('webhooks:manage', 'self')
  @ApiOperation({ summary: 'My webhooks, oldest first', operationId: 'listWebhooks' })
  @ApiOkResponse({ type: WebhookPageDto })
  @ApiErrorResponses(400, 401, 403)
  list(@Query() query: PageQueryDto, @CurrentPrincipal() owner: Principal): Promise<WebhookPageDto> {
    return this.listWebhooks.execute(query, owner);
  }

  @Post()
  @RequirePermission('webhooks:manage', 'self')
  @ApiOperation({ summary: 'Register a webhook (https; no private-network target); its signing secret is returned this once', operationId: 'createWebhook' })
  @ApiCreatedResponse({ type: WebhookWithSecretDto })
  @ApiErrorResponses(400, 401, 403, 413, 415)
  async create(@Body() body: CreateWebhookDto, @CurrentPrincipal() owner: Principal, @Res({ passthrough: true }) res: Response): Promise<WebhookWithSecretDto> {
    const created = await this.createWebhook.execute(body, owner);
    res.location(`/api/v1/webhooks/${created.webhook.id}`);
    res.setHeader('Cache-Control', 'no-store');
    return created;
  }

  @Get(':id')
  @RequirePermission('webhooks:manage', 'self')
  @ApiOperation({ summary: 'One of my webhooks (never its secret)', operationId: 'getWebhook' })
  @ApiOkResponse({ type: WebhookDto })
  @ApiErrorResponses(400, 401, 403, 404)
  async get(@Param('id', UuidParamPipe) id: string, @CurrentPrincipal() owner: Principal): Promise<WebhookDto> {
    return toWebhookDto(await this.getWebhook.execute(id, owner));
  }

  @Patch(':id')
  @RequirePermission('webhooks:manage', 'self')
  @ApiOperation({ summary: 'Change URL, event types or description; disable, or re-enable after persistent failure', operationId: 'updateWebhook' })
  @ApiOkResponse({ type: WebhookDto })
  @ApiErrorResponses(400, 401, 403, 404, 413, 415)
  update(@Param('id', UuidParamPipe) id: string, @Body() body: UpdateWebhookDto, @CurrentPrincipal() owner: Principal): Promise<WebhookDto> {
    return this.updateWebhook.execute(id, body, owner);
  }

  @Delete(':id')
  @HttpCode(204)
  @RequirePermission('webhooks:manage', 'self')
  @ApiOperation({ summary: 'Delete a webhook and its delivery log', operationId: 'deleteWebhook' })
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiErrorResponses(400, 401, 403, 404)
  delete(@Param('id', UuidParamPipe) id: string, @CurrentPrincipal() owner: Principal): Promise<void> {
    return this.deleteWebhook.execute(id, owner);
  }

  @Get(':id/deliveries')
  @RequirePermission('webhooks:manage', 'self')
  @ApiOperation({ summary: 'The delivery log of one of my webhooks, newest first', operationId: 'listWebhookDeliveries' })
  @ApiOkResponse({ type: WebhookDeliveryPageDto })
  @ApiErrorResponses(400, 401, 403, 404)
  deliveries(@Param('id', UuidParamPipe) id: string, @Query() query: PageQueryDto, @CurrentPrincipal() owner: Principal): Promise<WebhookDeliveryPageDto> {
    return this.listDeliveries.execute(id, query, owner);
  }

  @Post(':id/deliveries/:deliveryId/replay')
  @HttpCode(202)
  @RequirePermission('webhooks:manage', 'self')
  @ApiOperation({ summary: 'Send a logged delivery again (a new delivery, replayOf = the old one)', operationId: 'replayWebhookDelivery' })
  @ApiAcceptedResponse({ type: WebhookDeliveryDto })
  @ApiErrorResponses(400, 401, 403, 404)
  replay(
    @Param('id', UuidParamPipe) id: string,
    @Param('deliveryId', UuidParamPipe) deliveryId: string,
    @CurrentPrincipal() owner: Principal,
  ): Promise<WebhookDeliveryDto> {
    return this.replayDelivery.execute(id, deliveryId, owner);
  }
}
