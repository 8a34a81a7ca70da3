import { ApiProperty } from '@nestjs/swagger';
import { ArrayNotEmpty, ArrayUnique, IsArray, IsIn, IsString } from 'class-validator';
import { TextLength } from '../../common/text-length.decorator';
import { OUTBOX_EVENT_TYPES, type OutboxEventType } from '../../outbox/outbox-event.entity';
import { MAX_WEBHOOK_URL_LENGTH } from '../webhook-url';

export class CreateWebhookDto {
  @ApiProperty({
    example: 'https://diariet.example.se/hooks/enkatkollen',
    maxLength: MAX_WEBHOOK_URL_LENGTH,
    description:
      'http or https. Private, loopback and link-local targets are refused unless the ' +
      'service runs with WEBHOOK_ALLOW_PRIVATE_URLS=true.',
  })
  @IsString()
  @TextLength(1, MAX_WEBHOOK_URL_LENGTH)
  url: string;

  @ApiProperty({ enum: OUTBOX_EVENT_TYPES, isArray: true, example: ['flag.raised', 'survey.sent'] })
  @IsArray()
  @ArrayNotEmpty()
  @ArrayUnique()
  @IsIn(OUTBOX_EVENT_TYPES, { each: true })
  events: OutboxEventType[];

  @ApiProperty({
    minLength: 16,
    maxLength: 200,
    writeOnly: true,
    description: 'Key of the HMAC-SHA256 in X-Signature; never shown again.',
  })
  @IsString()
  @TextLength(16, 200)
  secret: string;
}
