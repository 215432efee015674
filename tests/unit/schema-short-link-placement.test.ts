/** @jest-environment node */
/**
 * A short link names its placement and campaign period, so that Kampanjsiffror can read
 * "Busskur Karlstad C, 3–16 mars 2026: 412".
 */
import { at, validate } from '../helpers/schema'

const shortLink = (fields: Record<string, unknown>) =>
  validate({ _id: 'drafts.busskur', _type: 'shortLink', path: 'busskur', ...fields })

describe('a short link’s placement and campaign period', () => {
  it('takes a placement and a period that ends on or after its start', async () => {
    const findings = await shortLink({
      placement: 'Busskur Karlstad C',
      campaignPeriod: { start: '2026-03-03', end: '2026-03-16' },
    })
    expect(at(findings, 'placement')).toEqual([])
    expect(at(findings, 'campaignPeriod')).toEqual([])
    expect(
      at(await shortLink({ campaignPeriod: { start: '2026-03-03', end: '2026-03-03' } }), 'campaignPeriod'),
    ).toEqual([])
    expect(at(await shortLink({ campaignPeriod: { start: '2026-03-03' } }), 'campaignPeriod')).toEqual([])
  })

  it('refuses a period that ends before it starts, in Swedish', async () => {
    const findings = await shortLink({ campaignPeriod: { start: '2026-03-16', end: '2026-03-03' } })
    expect(at(findings, 'campaignPeriod')).toMatchObject([
      { level: 'error', message: 'Slutdatumet ligger före startdatumet.' },
    ])
  })

  it('refuses a placement too long to read in the figures', async () => {
    expect(at(await shortLink({ placement: 'x'.repeat(81) }), 'placement')).toMatchObject([
      { level: 'error', message: 'Placeringen får vara högst 80 tecken.' },
    ])
  })
})
