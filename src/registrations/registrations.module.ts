import { Module } from '@nestjs/common';
import { ConsultationsModule } from '../consultations/consultations.module';
import { FlagsModule } from '../flags/flags.module';
import { IntakeModule } from '../intake/intake.module';
import { SurveysModule } from '../surveys/surveys.module';
import { ChunkChooser } from './chunk-chooser.service';
import { RegistrationApplier } from './registration-applier.service';
import { RegistrationChunk } from './registration-chunk.service';
import { RegistrationConsultations } from './registration-consultations.service';
import { RegistrationsController } from './registrations.controller';
import { RegistrationsService } from './registrations.service';

@Module({
  imports: [IntakeModule, SurveysModule, ConsultationsModule, FlagsModule],
  controllers: [RegistrationsController],
  providers: [
    RegistrationsService,
    RegistrationApplier,
    RegistrationConsultations,
    RegistrationChunk,
    ChunkChooser,
  ],
})
export class RegistrationsModule {}
