import { bindingProblems } from './user-binding';

const id = '0b3c8a52-6c55-4c36-9a77-2f1f7e5c9a10';

describe('bindingProblems', () => {
  it('accepts admin and skr without a binding, network and agency with theirs', () => {
    expect(bindingProblems({ role: 'admin' })).toEqual([]);
    expect(bindingProblems({ role: 'skr' })).toEqual([]);
    expect(bindingProblems({ role: 'network', networkId: id })).toEqual([]);
    expect(bindingProblems({ role: 'agency', agencyId: id })).toEqual([]);
  });

  it('names the missing binding', () => {
    expect(bindingProblems({ role: 'network' })).toEqual([
      { field: 'networkId', problem: 'is required for role network' },
    ]);
    expect(bindingProblems({ role: 'agency', networkId: id })).toEqual([
      { field: 'networkId', problem: 'is only allowed for role network' },
      { field: 'agencyId', problem: 'is required for role agency' },
    ]);
  });
});
