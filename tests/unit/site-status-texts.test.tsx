import '@testing-library/jest-dom'
import { render, screen } from '@testing-library/react'

import ErrorPage from '@/app/(site)/[...path]/error'
import NotFound from '@/app/(site)/[...path]/not-found'
import { StatusTextsProvider } from '@/components/page/StatusTexts'
import { messagesFor } from '@/vocabulary/messages'

const english = messagesFor('en')
const texts = { notFound: english.notFound, error: english.error, waysOn: english.waysOn }

describe("the browser's error and 404 views", () => {
  it('speak the language the root layout hands them, with its addresses', () => {
    render(
      <StatusTextsProvider languageId="en" texts={texts}>
        <NotFound />
      </StatusTextsProvider>,
    )
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(english.notFound.title)
    expect(screen.getByRole('link', { name: english.waysOn.help })).toHaveAttribute('href', '/en/hjalp')
  })

  it('show the error text in that language', () => {
    render(
      <StatusTextsProvider languageId="en" texts={texts}>
        <ErrorPage />
      </StatusTextsProvider>,
    )
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(english.error.title)
    expect(screen.getByText(english.error.text)).toBeInTheDocument()
  })
})
