/**
 * The perspective a preview reads with, from what Presentation sent: drafts, published, or a
 * release stack; anything the site would not read falls back to drafts.
 */
import { isPreviewPerspective, parsePreviewPerspective } from '@/lib/content/perspective'

describe('parsePreviewPerspective', () => {
  it.each([
    [undefined, 'drafts'],
    ['drafts', 'drafts'],
    ['published', 'published'],
    ['rLaunch,drafts', ['rLaunch', 'drafts']],
    ['rLaunch,rEarlier,drafts', ['rLaunch', 'rEarlier', 'drafts']],
    ['rLaunch', ['rLaunch']],
    ['raw', 'drafts'],
    ['rLaunch,not a release', 'drafts'],
    ['', 'drafts'],
  ])('reads %p as %p', (cookie, perspective) => {
    expect(parsePreviewPerspective(cookie)).toEqual(perspective)
  })
})

describe('isPreviewPerspective', () => {
  it('accepts what Presentation sends and refuses the rest', () => {
    expect(['drafts', 'published', 'rLaunch,drafts'].every(isPreviewPerspective)).toBe(true)
    expect(['raw', 'rLaunch,raw', 'a b', '', 42].some(isPreviewPerspective)).toBe(false)
  })
})
