import { Module } from '@nestjs/common';
import { SessionsModule } from '../sessions/sessions.module';
import { UsersModule } from '../users/users.module';
import { FirstRunController } from './first-run.controller';
import { FirstRunService } from './first-run.service';

/** The first administrator: from BOOTSTRAP_ADMIN_* or a one-time link written to the log. */
@Module({
  imports: [UsersModule, SessionsModule],
  controllers: [FirstRunController],
  providers: [FirstRunService],
  exports: [FirstRunService],
})
export class FirstRunModule {}
