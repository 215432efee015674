import '@testing-library/jest-dom'
import { render, screen, within } from '@testing-library/react'

import { Sections } from '@/components/sections/Sections'
import { parseSections, sectionSchemas } from '@/lib/content/sections'

import { sections } from './fixtures/site-content'

function renderSections(raw: unknown[]) {
  return render(<Sections sections={parseSections(raw, 'testsidan')} />)
}

let warn: jest.SpyInstance
beforeEach(() => {
  warn = jest.spyOn(console, 'warn').mockImplementation(() => {})
})
afterEach(() => warn.mockRestore())

it('has a fixture, and so a test, for every section type', () => {
  const tested = Object.values(sections).map((section) => section._type)
  expect(tested.sort()).toEqual(Object.keys(sectionSchemas).sort())
})

describe('beliefSection', () => {
  it('puts "Somliga tror" before the belief and "Men" before the answer, with its source', () => {
    renderSections([sections.belief])
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Somliga tror att straffet bara är böter.')
    expect(screen.getByText(/straffet är fängelse i högst ett år/)).toHaveTextContent(/^Men straffet är fängelse/)
    expect(screen.getByRole('link', { name: 'Brottsbalken 6 kap. 11 §' })).toHaveAttribute(
      'href',
      'https://www.riksdagen.se/brottsbalken',
    )
    expect(screen.getByText(/hämtad 1 juli 2025/)).toBeInTheDocument()
  })

  it('shows the source without a link when it has no URL', () => {
    renderSections([{ ...sections.belief, source: { publisher: 'Polisen', url: null, retrieved: null } }])
    expect(screen.getByText('Källa: Polisen')).toBeInTheDocument()
    expect(screen.queryByRole('link')).not.toBeInTheDocument()
  })
})

describe('textSection', () => {
  it('renders the heading and the text, with links resolved to the site and the web', () => {
    renderSections([sections.text])
    const region = screen.getByRole('region', { name: 'Vad säger lagen?' })
    expect(within(region).getByRole('link', { name: 'Läs mer om lagen.' })).toHaveAttribute(
      'href',
      '/darfor-ar-det-ett-brott',
    )
    expect(within(region).getByRole('link', { name: 'Hos riksdagen.' })).toHaveAttribute(
      'href',
      'https://www.riksdagen.se',
    )
  })

  it('renders text without a heading when there is none', () => {
    renderSections([{ ...sections.text, heading: null }])
    expect(screen.queryByRole('heading')).not.toBeInTheDocument()
    expect(screen.getByText('Läs mer om lagen.')).toBeInTheDocument()
  })

  it('keeps the words of a link that leads nowhere, without the link', () => {
    const body = [{ ...sections.text.body[0], markDefs: [{ _key: 'l1', _type: 'internalLink', page: null }] }]
    renderSections([{ ...sections.text, body }])
    expect(screen.getByText('Läs mer om lagen.')).toBeInTheDocument()
    expect(screen.queryByRole('link')).not.toBeInTheDocument()
  })

  it('never renders a javascript: link', () => {
    const body = [
      { ...sections.text.body[1], markDefs: [{ _key: 'l2', _type: 'externalLink', href: 'javascript:alert(1)' }] },
    ]
    renderSections([{ ...sections.text, body }])
    expect(screen.queryByRole('link')).not.toBeInTheDocument()
  })
})

describe('helpLinksSection', () => {
  it('lists the help links with their ways of contact, and links to the help page', () => {
    renderSections([sections.helpLinks])
    expect(screen.getByRole('heading', { level: 2, name: 'Här kan du få stöd' })).toBeInTheDocument()
    const names = screen.getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent)
    expect(names).toEqual(['Kvinnofridslinjen', 'PrevenTell'])
    expect(screen.getByRole('link', { name: '020-50 50 50' })).toHaveAttribute('href', 'tel:020505050')
    expect(screen.getByText('Syns inte på telefonräkningen')).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Alla stödtjänster' })).toHaveAttribute('href', '/hjalp')
  })

  it('never shows a phone number nobody has checked', () => {
    renderSections([sections.helpLinks])
    expect(screen.queryByText('020-66 77 88')).not.toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'info@example.se' })).toHaveAttribute('href', 'mailto:info@example.se')
  })

  it('links an audience section to that audience’s help page', () => {
    renderSections([{ ...sections.helpLinks, mode: 'audience', audience: 'relatives' }])
    expect(screen.getByRole('link', { name: 'Alla stödtjänster: Anhöriga' })).toHaveAttribute('href', '/hjalp/anhoriga')
  })
})

describe('faqSection', () => {
  it('shows every question as a heading with its answer', () => {
    renderSections([sections.faq])
    expect(screen.getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent)).toEqual([
      'Är det olagligt att sälja sex?',
      'Kan jag vara anonym?',
    ])
    expect(screen.getByText('Nej, bara att köpa.')).toBeVisible()
  })

  it('skips a question without an answer, logs it, and keeps the others', () => {
    const items = [sections.faq.items[0], { ...sections.faq.items[1], answer: [] }]
    renderSections([{ ...sections.faq, items }])
    expect(screen.getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent)).toEqual([
      'Är det olagligt att sälja sex?',
    ])
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('question skipped: answer'))
  })

  it('is skipped when no question is usable', () => {
    renderSections([{ ...sections.faq, items: [{ _key: 'q', question: '', answer: [] }] }])
    expect(screen.queryByRole('heading')).not.toBeInTheDocument()
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('malformed faqSection section fragor'))
  })
})

describe('callToActionSection', () => {
  it('shows the heading, the text and one link', () => {
    renderSections([sections.callToAction])
    expect(screen.getByRole('heading', { name: 'Vill du sluta?' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Så kan du få hjälp' })).toHaveAttribute('href', '/for-dig-som-vill-sluta')
  })

  it('is skipped when its link leads nowhere', () => {
    renderSections([
      { ...sections.callToAction, link: { ...sections.callToAction.link, link: { linkType: 'page', page: null } } },
    ])
    expect(screen.queryByRole('heading')).not.toBeInTheDocument()
  })
})

describe('downloadsSection', () => {
  it('offers each file from the site itself, with its type and size', () => {
    renderSections([sections.downloads])
    const link = screen.getByRole('link', { name: 'Ladda ner Affisch: kamera (PDF, 1,2 MB)' })
    expect(link).toHaveAttribute('href', '/api/files/0123456789abcdef0123456789abcdef01234567.pdf')
    expect(link).toHaveAttribute('download', 'affisch.pdf')
    const preview = screen.getByRole('img', { name: 'Affisch med texten Somliga tror' })
    expect(preview.getAttribute('src')).toMatch(/^\/_next\/image\?url=/)
    expect(preview).toHaveAttribute('width', '1200')
    expect(preview).toHaveAttribute('height', '800')
  })

  it('drops a preview image that has no alt text and is not marked decorative, but keeps the file', () => {
    const items = [{ ...sections.downloads.items[0], preview: { ...sections.downloads.items[0].preview, alt: '' } }]
    renderSections([{ ...sections.downloads, items }])
    expect(screen.queryByRole('img')).not.toBeInTheDocument()
    expect(screen.getByRole('link', { name: /Ladda ner/ })).toBeInTheDocument()
  })
})

describe('malformed and unknown content', () => {
  it('skips an unknown section type and a section missing a required field, logs both, and renders the rest', () => {
    renderSections([
      { _key: 'x', _type: 'carouselSection', slides: [] },
      { ...sections.belief, _key: 'broken', answer: undefined },
      sections.faq,
      null,
      'not a section',
    ])
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Vanliga frågor')
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('unknown carouselSection section x on testsidan skipped'))
    expect(warn).toHaveBeenCalledWith(
      expect.stringContaining('malformed beliefSection section broken on testsidan skipped: answer'),
    )
  })

  it('renders nothing, and does not fail, when sections are missing altogether', () => {
    expect(parseSections(undefined, 'testsidan')).toEqual([])
    expect(parseSections({ not: 'an array' }, 'testsidan')).toEqual([])
  })
})
