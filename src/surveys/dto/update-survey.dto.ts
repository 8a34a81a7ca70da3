import { PartialType } from '@nestjs/swagger';
import { CreateSurveyDto } from './create-survey.dto';

/** Any subset of the create fields; null clears an optional field. */
export class UpdateSurveyDto extends PartialType(CreateSurveyDto) {}

/** Fields that may be left out of a PATCH but never set to null. */
export const NON_NULLABLE_SURVEY_FIELDS = [
  'agencyId',
  'title',
  'collectionMethod',
  'recipientScope',
  'recurrence',
  'occurrences',
  'sensitiveData',
] as const;
