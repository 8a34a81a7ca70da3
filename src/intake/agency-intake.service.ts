import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AgenciesService } from '../agencies/agencies.service';
import { Agency } from '../agencies/agency.entity';
import type { Actor } from '../auth/roles';
import { ValidationFailedError } from '../common/errors';
import { parseOrgNumber } from '../common/org-number';
import { lockIntake } from './advisory-lock';
import { findAgencyByReportedName, findAgencyForRegistration } from './agency-lookup';
import { foldText } from './text-fold';

/**
 * Reports and registrations name agencies in their own words. A name nobody knows becomes a
 * new agency marked for review. The assumption that it is a state agency (bound by
 * SFS 1982:668) is deliberate: what the field reports and registrars log are state agencies'
 * surveys, and SKR corrects the kind when reviewing, which re-evaluates the flags.
 */
@Injectable()
export class AgencyIntake {
  constructor(private readonly agencies: AgenciesService) {}

  async forReport(
    manager: EntityManager,
    reportedName: string,
    actor: Actor,
  ): Promise<{ agency: Agency; created: boolean }> {
    const orgNumber = parseOrgNumber(reportedName);
    const found = await findAgencyByReportedName(manager, reportedName, orgNumber);
    if (found) return { agency: found, created: false };
    if (orgNumber) {
      throw new ValidationFailedError(`No registered agency has organisation number ${orgNumber}`, [
        { field: 'agencyName', problem: 'is an unknown organisation number; give the name' },
      ]);
    }
    await lockIntake(manager, 'agency-name', foldText(reportedName));
    const registeredMeanwhile = await findAgencyByReportedName(manager, reportedName, null);
    if (registeredMeanwhile) return { agency: registeredMeanwhile, created: false };
    const agency = await this.agencies.createWith(
      manager,
      { name: reportedName.trim(), kind: 'state_agency' },
      actor,
      true,
    );
    return { agency, created: true };
  }

  async forRegistration(
    manager: EntityManager,
    input: { name: string; orgNumber?: string },
    actor: Actor,
  ): Promise<{ id: string; created: boolean }> {
    const orgNumber = input.orgNumber ? parseOrgNumber(input.orgNumber) : null;
    const found = await findAgencyForRegistration(manager, input.name, orgNumber);
    if (found) return { id: found.id, created: false };
    if (orgNumber) await lockIntake(manager, 'agency-name', `org:${orgNumber}`);
    await lockIntake(manager, 'agency-name', foldText(input.name));
    const registeredMeanwhile = await findAgencyForRegistration(manager, input.name, orgNumber);
    if (registeredMeanwhile) return { id: registeredMeanwhile.id, created: false };
    const agency = await this.agencies.createWith(
      manager,
      { name: input.name.trim(), kind: 'state_agency', ...(orgNumber ? { orgNumber } : {}) },
      actor,
      true,
    );
    return { id: agency.id, created: true };
  }
}
