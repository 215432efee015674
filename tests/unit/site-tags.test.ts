/** @jest-environment node */
import { contentTags, documentIdsIn, tagsForChange, tagsInResult, tagsToExpireAtOnce } from '@/lib/content/tags'

describe('tags on cached results', () => {
  it('tags every document and reference in a result, but not assets', () => {
    const result = {
      _id: 'page-a',
      sections: [
        { _key: 'k', links: [{ _id: 'helpLink-1' }, { _id: 'helpLink-2' }] },
        { _key: 'l', link: { page: { _id: 'page-b' }, reference: { _ref: 'page-c' } } },
      ],
      hero: { image: { asset: { _id: 'image-abc-10x10-png' } } },
    }
    expect([...documentIdsIn(result)].sort()).toEqual(['helpLink-1', 'helpLink-2', 'page-a', 'page-b', 'page-c'])
    expect(tagsInResult(result, ['slug:a'])).toEqual([
      'slug:a',
      'doc:page-a',
      'doc:helpLink-1',
      'doc:helpLink-2',
      'doc:page-b',
      'doc:page-c',
    ])
  })

  it('falls back to one catch-all tag when a result holds too many documents for Next', () => {
    const many = Array.from({ length: 100 }, (_, index) => ({ _id: `page-${index}` }))
    expect(tagsInResult(many, ['type:page'])).toEqual(['type:page', contentTags.everything])
  })
})

describe('tags a published change expires', () => {
  it('expires a page, its old and new slug, and the page lists', () => {
    const tags = tagsForChange({ _id: 'page-a', _type: 'page', slug: { before: 'gammal', after: 'ny' } })
    expect(tags).toEqual(expect.arrayContaining(['doc:page-a', 'type:page', 'slug:sv:gammal', 'slug:sv:ny']))
  })

  it('expires a deleted page by its old slug', () => {
    expect(tagsForChange({ _id: 'page-a', _type: 'page', slug: { before: 'borta', after: null } })).toContain(
      'slug:sv:borta',
    )
  })

  it('expires nothing but the document for a short link: no cached result holds one (the proxy answers them)', () => {
    const tags = tagsForChange({ _id: 'short-1', _type: 'shortLink' })
    expect(tags).toEqual(['doc:short-1', 'content:all'])
  })

  it('expires the audiences a help link had and has, and every audience when it is for everyone', () => {
    const moved = tagsForChange({
      _id: 'h',
      _type: 'helpLink',
      audiences: { before: ['buyers'], after: ['relatives'] },
    })
    expect(moved).toEqual(expect.arrayContaining(['doc:h', 'type:helpLink', 'audience:buyers', 'audience:relatives']))
    expect(moved).not.toContain('audience:sellers')

    const forEveryone = tagsForChange({ _id: 'h', _type: 'helpLink', audiences: { before: null, after: ['everyone'] } })
    for (const audience of ['buyers', 'sellers', 'relatives', 'professionals', 'everyone']) {
      expect(forEveryone).toContain(`audience:${audience}`)
    }
  })

  it('ignores audiences that do not exist', () => {
    const tags = tagsForChange({ _id: 'h', _type: 'helpLink', audiences: { after: ['nonsense'] } })
    expect(tags.filter((tag) => tag.startsWith('audience:'))).toEqual([])
  })

  it('expires the material lists and any 404 for a slug nobody had when campaign material is published', () => {
    expect(tagsForChange({ _id: 'm', _type: 'campaignMaterial' })).toEqual(
      expect.arrayContaining(['doc:m', 'type:campaignMaterial']),
    )
  })

  it('expires settings and organisations by id: every page showing them carries that tag', () => {
    expect(tagsForChange({ _id: 'settings', _type: 'settings' })).toEqual(['doc:settings', contentTags.everything])
    expect(tagsForChange({ _id: 'org-1', _type: 'organisation' })).toContain('doc:org-1')
  })
})

describe('tags per language', () => {
  it('expires an English page by its English address only, not a Swedish page at the same slug', () => {
    const tags = tagsForChange({
      _id: 'page-en-law',
      _type: 'page',
      language: 'en',
      slug: { before: 'the-law', after: 'the-law' },
    })
    expect(tags).toContain(contentTags.pageSlug('en', 'the-law'))
    expect(tags.filter((tag) => tag.startsWith('slug:'))).toEqual(['slug:en:the-law'])
    // Its address did not change, so the pages that link to it in other languages stay cached.
    expect(tags.filter((tag) => tag.startsWith('link:'))).toEqual([])
  })

  it('tells the other language versions when a translation moves to a new address', () => {
    const tags = tagsForChange({
      _id: 'page-en-law',
      _type: 'page',
      language: 'en',
      slug: { before: 'law', after: 'the-law' },
    })
    expect(tags).toEqual(expect.arrayContaining(['link:en:law', 'link:en:the-law']))
  })

  it('reads a page without a language as Swedish', () => {
    expect(tagsForChange({ _id: 'page-a', _type: 'page', slug: { before: 'a', after: 'a' } })).toContain('slug:sv:a')
  })

  it('expires the start pages when a translation group changes', () => {
    expect(tagsForChange({ _id: 'translation-1', _type: 'translation.metadata' })).toContain(
      contentTags.type('translation.metadata'),
    )
  })
})

describe('campaign material files, expired at once', () => {
  it('expires the files that show a changed short link, setting or sender, by its id', () => {
    expect(tagsToExpireAtOnce({ _id: 'shortLink-affisch', _type: 'shortLink' })).toEqual(['drawn:shortLink-affisch'])
    expect(tagsToExpireAtOnce({ _id: 'settings', _type: 'settings' })).toEqual(['drawn:settings'])
  })

  it("expires a material's files by its id and by its old and new slug, also when it is deleted", () => {
    expect(
      tagsToExpireAtOnce({ _id: 'm', _type: 'campaignMaterial', slug: { before: 'gammal', after: 'ny' } }).sort(),
    ).toEqual(['drawn:m', 'material:gammal', 'material:ny'])
    expect(
      tagsToExpireAtOnce({ _id: 'm', _type: 'campaignMaterial', slug: { before: 'gammal', after: null } }),
    ).toEqual(['drawn:m', 'material:gammal'])
  })
})
