/**
 * Loaded with `node --import` into a lake process, to run it in the future: `Date` answers
 * CLOCK_AHEAD_MS later than the real clock. Lets a test see a real lake treat hour-old documents
 * (preview secrets) as expired without waiting an hour.
 */
const ahead = Number(process.env.CLOCK_AHEAD_MS ?? 0)
const RealDate = Date

class ShiftedDate extends RealDate {
  constructor(...args: ConstructorParameters<DateConstructor> | []) {
    if (args.length === 0) super(RealDate.now() + ahead)
    else super(...(args as ConstructorParameters<DateConstructor>))
  }

  static now(): number {
    return RealDate.now() + ahead
  }
}

globalThis.Date = ShiftedDate as DateConstructor
