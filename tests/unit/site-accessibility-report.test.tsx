import '@testing-library/jest-dom'
import { render, screen } from '@testing-library/react'

import { AccessibilityStatementView } from '@/components/page/AccessibilityStatementView'
import type { AccessibilityStatement } from '@/lib/content/accessibility'
import { messagesFor } from '@/vocabulary/messages'

const statement: AccessibilityStatement = {
  _id: 'accessibilityStatement',
  _updatedAt: '2026-11-28T10:00:00Z',
  title: 'Tillgänglighetsredogörelse',
  organisationName: 'Samhällsråd Värmland',
  serviceName: 'Somliga tror',
  complianceStatus: 'partial',
  intro: [],
  knownProblems: [],
  exemptions: [],
  assessmentDate: '2026-11-28',
  method: 'Självskattning.',
  lastUpdated: '2026-11-28',
  feedback: [],
  responsibleAuthority: 'Länsstyrelsen Värmland',
  reportEmail: 'varmland@lansstyrelsen.se',
  responseTime: 'inom fem arbetsdagar',
  enforcementUrl: 'https://www.digg.se/tdosanmalan',
}

const swedish = { messages: messagesFor('sv'), contentLang: null, dateLocale: 'sv-SE' }
const english = { messages: messagesFor('en'), contentLang: 'sv', dateLocale: 'en-GB' }

describe('reporting a problem from the accessibility statement', () => {
  it('names the responsible authority', () => {
    render(<AccessibilityStatementView statement={statement} {...swedish} />)
    expect(
      screen.getByText(/^Länsstyrelsen Värmland är den myndighet som ansvarar för webbplatsen/),
    ).toBeInTheDocument()
  })

  it('links to the authority by e-mail, with the subject and questions filled in, and says when it answers', () => {
    render(<AccessibilityStatementView statement={statement} {...swedish} />)
    const link = screen.getByRole('link', { name: 'varmland@lansstyrelsen.se' })
    const href = new URL(link.getAttribute('href')!)
    expect(href.protocol).toBe('mailto:')
    expect(href.pathname).toBe('varmland@lansstyrelsen.se')
    expect(href.search).not.toContain('+')
    expect(href.searchParams.get('subject')).toBe('Brist i tillgängligheten: Somliga tror')
    expect(href.searchParams.get('body')).toContain('Vilken sida gäller det?')
    expect(screen.getByText('inom fem arbetsdagar').closest('p')).toHaveTextContent(
      /^Länsstyrelsen Värmland svarar inom fem arbetsdagar\.$/,
    )
  })

  it('names the organisation when no authority is set, and shows no e-mail link without an address', () => {
    render(
      <AccessibilityStatementView
        statement={{ ...statement, responsibleAuthority: null, reportEmail: null }}
        {...swedish}
      />,
    )
    expect(screen.getByText(/^Samhällsråd Värmland är den myndighet/)).toBeInTheDocument()
    expect(screen.queryByRole('link', { name: /@/ })).not.toBeInTheDocument()
  })

  it('gives English pages the fixed texts in English and marks the Swedish response time as Swedish', () => {
    render(<AccessibilityStatementView statement={statement} {...english} />)
    expect(
      screen.getByText(/^Länsstyrelsen Värmland is the authority responsible for this website/),
    ).toBeInTheDocument()
    const href = new URL(screen.getByRole('link', { name: 'varmland@lansstyrelsen.se' }).getAttribute('href')!)
    expect(href.searchParams.get('subject')).toBe('Accessibility problem: Somliga tror')
    expect(screen.getByText('inom fem arbetsdagar')).toHaveAttribute('lang', 'sv')
  })
})
