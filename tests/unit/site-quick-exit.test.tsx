import '@testing-library/jest-dom'
import { act, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { renderToStaticMarkup } from 'react-dom/server'

import { QuickExit } from '@/components/layout/QuickExit'
import { leavePage } from '@/components/layout/quick-exit'
import { SiteHeader } from '@/components/layout/SiteHeader'
import { SkipLinks } from '@/components/layout/SkipLinks'
import GlobalError from '@/app/global-error'
import { sv } from '@/vocabulary/messages/sv'

// next/font runs only in Next's compiler.
jest.mock('@/app/(site)/fonts', () => ({ atkinson: { variable: 'font-atkinson' } }))
jest.mock('@/components/layout/quick-exit', () => ({
  ...jest.requireActual('@/components/layout/quick-exit'),
  leavePage: jest.fn(),
}))

const NEUTRAL = 'https://www.smhi.se/'
const LABEL = 'Lämna sidan snabbt'
const TEXTS = {
  shortcutHint: sv.quickExit.shortcutHint,
  remaining: [0, 1, 2].map(sv.quickExit.remaining),
  cancelled: sv.quickExit.cancelled,
  leaving: sv.quickExit.leaving,
}
const leave = leavePage as jest.MockedFunction<typeof leavePage>

function renderPageTop() {
  return render(
    <>
      <SkipLinks quickExitUrl={NEUTRAL} quickExitLabel={LABEL} messages={sv} />
      <SiteHeader
        siteName="Somliga tror"
        homeHref="/"
        navigation={[]}
        messages={sv}
        quickExit={{ url: NEUTRAL, label: LABEL, infoHref: '/lamna-sidan-snabbt' }}
      />
      <main>
        <a href="https://1177.se">Hjälp</a>
      </main>
    </>,
  )
}

beforeEach(() => {
  leave.mockClear()
  jest.useFakeTimers()
})
afterEach(() => jest.useRealTimers())

const user = () => userEvent.setup({ advanceTimers: (ms) => jest.advanceTimersByTime(ms) })

describe('without JavaScript', () => {
  it('is a plain link to the neutral site, so it works before (or without) any script', () => {
    const html = renderToStaticMarkup(<QuickExit url={NEUTRAL} label={LABEL} texts={TEXTS} />)
    expect(html).toContain(`href="${NEUTRAL}"`)
    expect(html).toMatch(/^<a [^>]*>Lämna sidan snabbt/)
  })
})

describe('the button and the skip link', () => {
  it('makes leaving the page the first skip link, before skipping to the content', async () => {
    renderPageTop()
    await user().tab()
    expect(document.activeElement).toHaveTextContent(LABEL)
    expect(document.activeElement).toHaveAttribute('href', NEUTRAL)
    await user().tab()
    expect(document.activeElement).toHaveTextContent('Gå direkt till innehållet')
  })

  it('leaves the page when the visible button is clicked', async () => {
    renderPageTop()
    await user().click(screen.getByRole('link', { name: /Lämna sidan snabbt \(eller tryck på Skift tre gånger\)/ }))
    expect(leave).toHaveBeenCalledWith(NEUTRAL)
  })

  it('leaves the page when the skip link is used', async () => {
    renderPageTop()
    await user().tab()
    await user().keyboard('{Enter}')
    expect(leave).toHaveBeenCalledWith(NEUTRAL)
  })

  it('links to the page that explains what the quick exit cannot do', () => {
    renderPageTop()
    expect(screen.getByRole('link', { name: 'Om knappen' })).toHaveAttribute('href', '/lamna-sidan-snabbt')
  })

  it('leaves other links alone', async () => {
    renderPageTop()
    await user().click(screen.getByRole('link', { name: 'Hjälp' }))
    expect(leave).not.toHaveBeenCalled()
  })
})

describe('the keyboard shortcut: Shift three times within five seconds', () => {
  it('leaves the page, and tells screen reader users how many presses remain', async () => {
    renderPageTop()
    const status = screen.getByText('', { selector: '[aria-live="polite"]' })
    await user().keyboard('{Shift}')
    expect(status).toHaveTextContent('Tryck på Skift 2 gånger till för att lämna sidan.')
    await user().keyboard('{Shift}')
    expect(status).toHaveTextContent('Tryck på Skift en gång till för att lämna sidan.')
    await user().keyboard('{Shift}')
    expect(leave).toHaveBeenCalledWith(NEUTRAL)
  })

  it('does nothing when the five seconds run out between presses', async () => {
    renderPageTop()
    await user().keyboard('{Shift}{Shift}')
    act(() => jest.advanceTimersByTime(5001))
    expect(screen.getByText('Snabbkommandot avbröts.')).toBeInTheDocument()
    await user().keyboard('{Shift}')
    expect(leave).not.toHaveBeenCalled()
  })

  it('starts over when another key comes in between, so typing capitals does not trigger it', async () => {
    renderPageTop()
    await user().keyboard('{Shift}{Shift}a{Shift}')
    expect(leave).not.toHaveBeenCalled()
  })

  it('is not triggered by Escape', async () => {
    renderPageTop()
    await user().keyboard('{Escape}{Escape}{Escape}')
    expect(leave).not.toHaveBeenCalled()
  })
})

describe('leaving', () => {
  it('hides the page at once', () => {
    const { leavePage: realLeavePage } = jest.requireActual<typeof import('@/components/layout/quick-exit')>(
      '@/components/layout/quick-exit',
    )
    // jsdom cannot navigate; it reports that as an error, which is expected here.
    const error = jest.spyOn(console, 'error').mockImplementation(() => {})
    document.title = 'Somliga tror'
    realLeavePage(NEUTRAL)
    expect(document.body.hidden).toBe(true)
    expect(document.title).toBe('')
    error.mockRestore()
    document.body.hidden = false
  })
})

describe('error pages', () => {
  it('offers the quick exit first on the last-resort error page too, with the ways on', () => {
    const html = renderToStaticMarkup(<GlobalError />)
    const document = new DOMParser().parseFromString(html, 'text/html')
    const links = [...document.querySelectorAll('a[href]')]
    expect({
      href: links[0].getAttribute('href'),
      quickExit: links[0].hasAttribute('data-quick-exit'),
      text: links[0].textContent,
    }).toEqual({ href: NEUTRAL, quickExit: true, text: LABEL })
    expect(document.querySelector('aside[aria-label="Lämna sidan snabbt"] a[data-quick-exit]')).not.toBeNull()
    expect(document.querySelector('h1')?.textContent).toBe('Något gick fel')
    expect(links.map((link) => link.getAttribute('href'))).toContain('/hjalp')
  })
})
