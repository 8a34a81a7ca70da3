import { Inject, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { ApiKeysService } from './api-keys.service';

/** On start, BOOTSTRAP_API_KEY becomes the first admin key (only while there is none). */
@Injectable()
export class BootstrapKeyService implements OnApplicationBootstrap {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly apiKeys: ApiKeysService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.bootstrapApiKey) await this.apiKeys.bootstrap(this.config.bootstrapApiKey);
  }
}
