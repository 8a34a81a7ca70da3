import fc from 'fast-check';
import { classifyAddress, ipv6Groups, isPublicAddress as isPublic } from './address-class';
import { addressProblem, parseWebhookUrl, webhookUrlProblem } from './webhook-url';

describe('classifyAddress', () => {
  it.each([
    ['127.0.0.1', 'loopback'],
    ['127.255.255.254', 'loopback'],
    ['10.1.2.3', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.255', 'private'],
    ['192.168.1.10', 'private'],
    ['100.64.0.1', 'private'],
    ['169.254.169.254', 'link_local'],
    ['0.0.0.0', 'unspecified'],
    ['224.0.0.1', 'multicast'],
    ['255.255.255.255', 'reserved'],
    ['192.0.2.1', 'reserved'],
    ['172.15.255.255', 'public'],
    ['172.32.0.0', 'public'],
    ['93.184.216.34', 'public'],
    ['8.8.8.8', 'public'],
    ['::', 'unspecified'],
    ['::1', 'loopback'],
    ['[::1]', 'loopback'],
    ['fe80::1%eth0', 'link_local'],
    ['fd00::1', 'private'],
    ['fc12:3456::9', 'private'],
    ['ff02::1', 'multicast'],
    ['::ffff:127.0.0.1', 'loopback'],
    ['::ffff:7f00:1', 'loopback'],
    ['::ffff:10.0.0.1', 'private'],
    ['::ffff:8.8.8.8', 'public'],
    ['64:ff9b::a9fe:a9fe', 'link_local'],
    ['::ffff:0:127.0.0.1', 'loopback'],
    ['::ffff:0:7f00:1', 'loopback'],
    ['::127.0.0.1', 'loopback'],
    ['::8.8.8.8', 'reserved'],
    ['64:ff9b:1::10.0.0.1', 'private'],
    ['64:ff9b:1:0a00:0001::', 'reserved'],
    ['2001:0:4136:e378:8000:63bf:80ff:fffe', 'loopback'],
    ['2001:0:4136:e378:8000:63bf:f7f7:f7f7', 'public'],
    ['2002:c0a8:0101::1', 'private'],
    ['2001:db8::1', 'reserved'],
    ['2a00:1450:4010::200e', 'public'],
    ['localhost', 'invalid'],
    ['1.2.3', 'invalid'],
  ])('%s is %s', (address, kind) => {
    expect(classifyAddress(address)).toBe(kind);
  });

  const octet = fc.integer({ min: 0, max: 255 });

  it('puts every 10/8, 127/8, 169.254/16 and 192.168/16 address outside public', () => {
    fc.assert(
      fc.property(octet, octet, octet, (b, c, d) => {
        expect(classifyAddress(`10.${b}.${c}.${d}`)).toBe('private');
        expect(classifyAddress(`127.${b}.${c}.${d}`)).toBe('loopback');
        expect(classifyAddress(`169.254.${c}.${d}`)).toBe('link_local');
        expect(classifyAddress(`192.168.${c}.${d}`)).toBe('private');
      }),
    );
  });

  it('classifies an IPv4 address and its IPv4-mapped IPv6 form alike', () => {
    fc.assert(
      fc.property(fc.ipV4(), (address) => {
        expect(classifyAddress(`::ffff:${address}`)).toBe(classifyAddress(address));
      }),
    );
  });

  /** Every IPv6 form that carries an IPv4 address, in hex and in dotted notation. */
  function embeddings(ipv4: string): string[] {
    const [a, b, c, d] = ipv4.split('.').map(Number);
    const hi = ((a << 8) | b).toString(16);
    const lo = ((c << 8) | d).toString(16);
    const inverted = [a, b, c, d].map((octet) => 255 - octet);
    const invertedHex = [(inverted[0] << 8) | inverted[1], (inverted[2] << 8) | inverted[3]]
      .map((group) => group.toString(16))
      .join(':');
    return [
      `::ffff:${ipv4}`,
      `::ffff:${hi}:${lo}`,
      `0:0:0:0:0:FFFF:${hi.toUpperCase()}:${lo.toUpperCase()}`,
      `::ffff:0:${ipv4}`,
      `::ffff:0:${hi}:${lo}`,
      `::${ipv4}`,
      `::${hi}:${lo}`,
      `64:ff9b::${ipv4}`,
      `64:ff9b::${hi}:${lo}`,
      `64:ff9b:1::${ipv4}`,
      `64:ff9b:1::${hi}:${lo}`,
      `2002:${hi}:${lo}::1`,
      `2002:${hi}:${lo}::${ipv4}`,
      `2001:0:4136:e378:8000:63bf:${invertedHex}`,
      `2001::4136:e378:8000:63bf:${inverted.join('.')}`,
      `2001:0:${hi}:${lo}:8000:63bf:f7f7:f7f7`,
    ];
  }

  const refusedIpv4 = fc.ipV4().filter((address) => classifyAddress(address) !== 'public');

  it('refuses every IPv6 form that embeds a refused IPv4 address', () => {
    fc.assert(
      fc.property(refusedIpv4, (ipv4) => {
        for (const form of embeddings(ipv4)) {
          expect({ form, kind: classifyAddress(form) }).toEqual({
            form,
            kind: expect.not.stringMatching(/^(public|invalid)$/),
          });
          expect({ form, problem: addressProblem(form) }).toEqual({
            form,
            problem: expect.any(String),
          });
        }
      }),
      { numRuns: 500 },
    );
  });

  it('refuses the embedded forms of every address in the refused IPv4 ranges', () => {
    const ranges = ['0.0.0.0', '10.0.0.0', '100.64.0.0', '127.0.0.1', '169.254.169.254'];
    const more = ['172.16.0.1', '192.0.0.8', '192.0.2.1', '192.168.1.1', '198.18.0.1'];
    const rest = ['198.51.100.1', '203.0.113.1', '224.0.0.1', '240.0.0.1', '255.255.255.255'];
    for (const ipv4 of [...ranges, ...more, ...rest]) {
      for (const form of embeddings(ipv4))
        expect({ form, public: isPublic(form) }).toEqual({ form, public: false });
    }
  });

  it('keeps the translated, NAT64, 6to4 and Teredo forms of a public IPv4 address public', () => {
    const publicIpv4 = fc.ipV4().filter((address) => classifyAddress(address) === 'public');
    fc.assert(
      fc.property(publicIpv4, (ipv4) => {
        // IPv4-compatible forms are deprecated: refused whatever they carry.
        const forms = embeddings(ipv4).filter((form) => !/^::(?!ffff)/.test(form));
        for (const form of forms)
          expect({ form, kind: classifyAddress(form) }).toEqual({ form, kind: 'public' });
      }),
    );
  });

  it('refuses http://[::ffff:0:127.0.0.1]/ as URL, as the WHATWG parser writes it', () => {
    const parsed = parseWebhookUrl('http://[::ffff:0:127.0.0.1]:8080/hook');
    expect(parsed).toMatchObject({ literal: true });
    expect(addressProblem((parsed as { host: string }).host)).toMatch(/loopback/);
  });

  it('parses every IPv6 address fast-check makes into eight groups, and classifies it', () => {
    fc.assert(
      fc.property(fc.ipV6(), (address) => {
        const groups = ipv6Groups(address);
        expect(groups).toHaveLength(8);
        for (const group of groups ?? []) expect(group).toBeGreaterThanOrEqual(0);
        expect(classifyAddress(address)).not.toBe('invalid');
      }),
    );
  });

  it('expands :: to the right number of zero groups', () => {
    expect(ipv6Groups('1::8')).toEqual([1, 0, 0, 0, 0, 0, 0, 8]);
    expect(ipv6Groups('::')).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
    expect(ipv6Groups('1:2:3:4:5:6:1.2.3.4')).toEqual([1, 2, 3, 4, 5, 6, 0x0102, 0x0304]);
    expect(ipv6Groups('::ffff:1.2.3.4')).toEqual([0, 0, 0, 0, 0, 0xffff, 0x0102, 0x0304]);
  });
});

describe('webhook URLs', () => {
  it.each([
    ['ftp://example.com/x', 'must use http or https'],
    ['file:///etc/passwd', 'must use http or https'],
    ['not a url', 'must be an absolute URL'],
    ['https://user:pw@example.com/', 'must not carry credentials'],
  ])('refuses %s', (url, problem) => {
    const parsed = parseWebhookUrl(url);
    expect('problem' in parsed && parsed.problem).toContain(problem);
  });

  it('reads literal addresses, also WHATWG shorthands of loopback', () => {
    for (const url of ['http://127.1/', 'http://2130706433/', 'http://0x7f.0.0.1/']) {
      const parsed = parseWebhookUrl(url);
      expect(parsed).toMatchObject({ host: '127.0.0.1', literal: true });
    }
    expect(parseWebhookUrl('http://[::1]:8080/x')).toMatchObject({ host: '::1', literal: true });
  });

  it('names the reason an address is refused', () => {
    expect(addressProblem('10.0.0.1')).toBe('10.0.0.1 is a private network address');
    expect(addressProblem('8.8.8.8')).toBeNull();
  });

  it('refuses names that resolve to any non-public address, unless allowed', async () => {
    const resolve = async (host: string) =>
      host === 'intranet.example' ? ['93.184.216.34', '10.0.0.7'] : ['93.184.216.34'];
    expect(await webhookUrlProblem('https://intranet.example/hook', false, resolve)).toBe(
      'host intranet.example resolves to 10.0.0.7, a private network address',
    );
    expect(await webhookUrlProblem('https://public.example/hook', false, resolve)).toBeNull();
    expect(await webhookUrlProblem('https://intranet.example/hook', true, resolve)).toBeNull();
    expect(await webhookUrlProblem('http://169.254.169.254/latest', false, resolve)).toBe(
      '169.254.169.254 is a link-local address',
    );
  });

  it('refuses a name that does not resolve', async () => {
    const resolve = async () => {
      throw Object.assign(new Error('getaddrinfo ENOTFOUND'), { code: 'ENOTFOUND' });
    };
    expect(await webhookUrlProblem('https://nowhere.invalid/', false, resolve)).toBe(
      'host nowhere.invalid does not resolve',
    );
  });
});
