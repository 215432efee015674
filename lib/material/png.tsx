import 'server-only'

import { ImageResponse } from 'next/og'

import { FONT_FILES } from './font'
import { layoutMaterial, QR_BACKGROUND, QR_FOREGROUND, type MaterialText } from './layout'

const FONTS = [
  { name: 'Atkinson', data: FONT_FILES[400], weight: 400 as const },
  { name: 'Atkinson', data: FONT_FILES[700], weight: 700 as const },
]

/** The QR code as an SVG image, so next/og draws it from vectors at any size. */
function qrImage(path: string, size: number): string {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" shape-rendering="crispEdges"><rect width="${size}" height="${size}" fill="${QR_BACKGROUND}"/><path d="${path}" fill="${QR_FOREGROUND}"/></svg>`
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`
}

/**
 * A PNG for screens and social media, drawn with next/og from the same layout as the PDFs: each
 * line placed where the layout put it, so the two cannot differ in wording or order.
 */
export async function renderMaterialPng(text: MaterialText, width: number, height: number): Promise<Uint8Array> {
  const layout = layoutMaterial(text, width, height)
  const { qr } = layout
  // Whole pixels per module keep every module the same size, which readers prefer.
  const qrSize = Math.floor(qr.size / qr.code.size) * qr.code.size
  const response = new ImageResponse(
    <div style={{ display: 'flex', position: 'relative', width, height, background: layout.background }}>
      {layout.lines.map((line, index) => (
        <div
          key={index}
          style={{
            position: 'absolute',
            left: line.x,
            top: line.top,
            height: line.lineHeight,
            display: 'flex',
            whiteSpace: 'pre',
            fontFamily: 'Atkinson',
            fontSize: line.size,
            fontWeight: line.weight,
            lineHeight: `${line.lineHeight}px`,
            color: line.color,
          }}
        >
          {line.text}
        </div>
      ))}
      {/* eslint-disable-next-line @next/next/no-img-element -- drawn by next/og, not a web page */}
      <img
        src={qrImage(qr.code.path, qr.code.size)}
        alt=""
        width={qrSize}
        height={qrSize}
        style={{ position: 'absolute', left: qr.x, top: qr.top }}
      />
    </div>,
    { width, height, fonts: FONTS },
  )
  return new Uint8Array(await response.arrayBuffer())
}
