/** @jest-environment node */
import { helpLinkAddresses, isPrivateHost } from '@/lib/link-check'

describe('addresses the link checker must not fetch from the server', () => {
  it.each([
    'localhost',
    'studio.localhost',
    'printer.local',
    'metadata.google.internal',
    '127.0.0.1',
    '10.89.0.4',
    '172.16.0.1',
    '172.31.255.255',
    '192.168.1.1',
    '169.254.169.254',
    '100.64.0.1',
    '0.0.0.0',
    '[::1]',
    '[fd00::1]',
    '[fe80::1]',
    '[::ffff:127.0.0.1]',
  ])('refuses %s', (host) => expect(isPrivateHost(host)).toBe(true))

  it.each(['www.lansstyrelsen.se', '1177.se', '8.8.8.8', '172.32.0.1', '192.169.0.1', '[2001:db8::1]'])(
    'allows %s',
    (host) => expect(isPrivateHost(host)).toBe(false),
  )
})

describe('the web addresses of a help link', () => {
  it('takes the organisation’s site and every channel with an address, each by its key', () => {
    expect(
      helpLinkAddresses({
        _id: 'hl',
        providerUrl: 'https://malmo.se',
        channels: [
          { _key: 'tel', _type: 'phoneChannel' },
          { _key: 'web', _type: 'webChannel', url: 'https://malmo.se/stod' },
          { _key: 'book', _type: 'bookingChannel', url: 'https://malmo.se/boka' },
        ],
      }),
    ).toEqual([
      { key: 'provider', url: 'https://malmo.se' },
      { key: 'web', url: 'https://malmo.se/stod' },
      { key: 'book', url: 'https://malmo.se/boka' },
    ])
  })
})
