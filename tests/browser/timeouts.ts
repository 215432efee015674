// A browser test drives a real Chromium against a production build: steps take seconds, not ms.
jest.setTimeout(120_000)
