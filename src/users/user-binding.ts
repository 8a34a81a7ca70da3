import type { FieldProblem } from '../common/errors';
import type { PersonRole } from '../auth/roles';

export interface UserBinding {
  role: PersonRole;
  networkId?: string | null;
  agencyId?: string | null;
}

/** A network person needs a network, an agency person an agency; no one else has either. */
export function bindingProblems(binding: UserBinding): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const needs = (field: 'networkId' | 'agencyId', role: PersonRole) => {
    const present = binding[field] != null;
    if (binding.role === role && !present) {
      problems.push({ field, problem: `is required for role ${role}` });
    } else if (binding.role !== role && present) {
      problems.push({ field, problem: `is only allowed for role ${role}` });
    }
  };
  needs('networkId', 'network');
  needs('agencyId', 'agency');
  return problems;
}
