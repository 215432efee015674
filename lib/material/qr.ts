import QRCode from 'qrcode'

/** Light modules around the code, as the QR standard asks, so that readers find its edges. */
export const QR_QUIET_ZONE = 4

export type QrCode = {
  /** Modules per side, quiet zone included. */
  size: number
  /** The dark modules as one SVG path in module units, quiet zone included: vector, for any size. */
  path: string
}

/**
 * A QR code as vector data. Level M survives a scratched or dirty poster (15 % of the code) while
 * keeping the modules large enough to scan from a few metres on A4.
 */
export function qrCode(text: string): QrCode {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' })
  const parts: string[] = []
  for (let row = 0; row < modules.size; row++) {
    let column = 0
    while (column < modules.size) {
      if (!modules.get(row, column)) {
        column++
        continue
      }
      // One rectangle per run of dark modules in a row keeps the path short.
      const start = column
      while (column < modules.size && modules.get(row, column)) column++
      parts.push(`M${start + QR_QUIET_ZONE} ${row + QR_QUIET_ZONE}h${column - start}v1h${start - column}z`)
    }
  }
  return { size: modules.size + 2 * QR_QUIET_ZONE, path: parts.join('') }
}
