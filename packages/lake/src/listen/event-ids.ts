/**
 * Event ids of the listen and live streams: the position in the lake's transaction log, tied to
 * the dataset's creation time. A client reconnecting with `Last-Event-ID` resumes after that
 * position; an id from another lake directory or a recreated dataset is not resumed from.
 */
import type { DatasetInfo } from '../store/types.ts'

function epochOf(dataset: DatasetInfo): string {
  return Date.parse(dataset.createdAt).toString(36)
}

export function formatEventId(seq: number, dataset: DatasetInfo): string {
  return `${seq}-${epochOf(dataset)}`
}

/** The log position an id names, or undefined when it does not belong to this dataset. */
export function parseEventId(id: string | undefined, dataset: DatasetInfo): number | undefined {
  const match = /^(\d+)-([0-9a-z]+)$/.exec(id ?? '')
  if (!match || match[2] !== epochOf(dataset)) return undefined
  return Number(match[1])
}
