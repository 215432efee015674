/** @jest-environment jsdom */
import { unavailablePage } from '@/lib/unavailable-page'
import { waysOn } from '@/lib/ways-on'
import { en } from '@/vocabulary/messages/en'
import { sv } from '@/vocabulary/messages/sv'

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html')
}

const { links: WAYS_ON, emergency: EMERGENCY_NOTE } = waysOn('sv', sv)

it('is a Swedish page with the quick exit first, then the heading, the ways on and the emergency number', () => {
  const page = parse(unavailablePage({ label: 'Lämna sidan snabbt', url: 'https://www.smhi.se/' }))
  expect(page.documentElement.lang).toBe('sv')
  const links = [...page.querySelectorAll('a')].map((link) => [link.textContent, link.getAttribute('href')])
  expect(links).toEqual([
    ['Lämna sidan snabbt', 'https://www.smhi.se/'],
    ...WAYS_ON.map(({ label, href }) => [label, href]),
  ])
  expect(page.querySelector('h1')?.textContent).toBe('Sidan kan inte visas just nu')
  expect(page.querySelector('main')?.textContent).toContain(EMERGENCY_NOTE)
  expect(page.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex')
})

it('escapes the quick exit from the settings, so no content can add markup', () => {
  const page = parse(unavailablePage({ label: '<b>Gå</b> & "bort"', url: 'https://example.se/?a=1&b="x"><script>' }))
  const exit = page.querySelector('a')
  expect(exit?.textContent).toBe('<b>Gå</b> & "bort"')
  expect(exit?.getAttribute('href')).toBe('https://example.se/?a=1&b="x"><script>')
  expect(page.querySelectorAll('script, b')).toHaveLength(0)
})

it('speaks the language of an English address, with its quick exit and ways on in English', () => {
  const page = parse(unavailablePage({ label: 'Lämna sidan snabbt', url: 'https://www.smhi.se/' }, 'en'))
  expect(page.documentElement.lang).toBe('en')
  const links = [...page.querySelectorAll('a')].map((link) => [link.textContent, link.getAttribute('href')])
  expect(links).toEqual([
    [en.quickExit.label, 'https://www.smhi.se/'],
    [en.waysOn.help, '/en/hjalp'],
    [en.waysOn.start, '/en'],
  ])
  expect(page.querySelector('h1')?.textContent).toBe(en.unavailable.title)
})
