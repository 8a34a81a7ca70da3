import { Module } from '@nestjs/common';
import { UsersModule } from '../users/users.module';
import { SessionsService } from './sessions.service';
import { SignInController } from './sign-in/sign-in.controller';
import { SignInLimiter } from './sign-in/sign-in-limiter';

/** People's sessions: signing in and out, and finding the person behind a cookie. */
@Module({
  imports: [UsersModule],
  controllers: [SignInController],
  providers: [SessionsService, SignInLimiter],
  exports: [SessionsService],
})
export class SessionsModule {}
