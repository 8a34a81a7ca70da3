import { Global, Injectable, Module } from '@nestjs/common';

/** The time as the service sees it: one place to replace it, so tests can move it on. */
@Injectable()
export class Clock {
  now(): number {
    return Date.now();
  }
}

@Global()
@Module({ providers: [Clock], exports: [Clock] })
export class ClockModule {}
