import 'server-only'

import type { MaterialPalette } from '@/vocabulary/lists'

import { baselineOffset, textWidth, type Weight } from './font'
import { qrCode, type QrCode } from './qr'

/** What one piece of material says: the same for every format. */
export type MaterialText = {
  belief: string
  answer: string
  palette: MaterialPalette
  /** The short link in full, for the QR code: https://somligatror.se/busskur */
  shortLinkUrl: string
  /** The short link as people type it: somligatror.se/busskur */
  shortLinkLabel: string
  /** The senders' names, e.g. ["Länsstyrelsen Värmland", "Polisen", "Region Värmland"]. */
  senders: string[]
}

/** Contrast (WCAG): white on #14213d is 16.0:1, #ffc857 on #14213d 10.4:1, #7a1f00 on #ffc857 6.7:1. */
export const PALETTES: Record<MaterialPalette, { background: string; text: string; accent: string }> = {
  night: { background: '#14213d', text: '#ffffff', accent: '#ffc857' },
  sun: { background: '#ffc857', text: '#14213d', accent: '#7a1f00' },
}

/** The QR code always sits on white: readers cope best with dark modules on a light ground. */
export const QR_BACKGROUND = '#ffffff'
export const QR_FOREGROUND = '#000000'

export type Line = {
  text: string
  /** Left edge and top of the line box, from the top left of the trimmed piece. */
  x: number
  top: number
  /** Baseline, from the top of the piece. */
  baseline: number
  size: number
  lineHeight: number
  weight: Weight
  color: string
}

export type Layout = {
  width: number
  height: number
  background: string
  lines: Line[]
  /** The QR code's square, white, quiet zone included. */
  qr: { x: number; top: number; size: number; code: QrCode }
}

const LINE_HEIGHT = 1.15

/** Breaks `text` into lines no wider than `width`; a word longer than the line stands alone. */
function wrap(text: string, weight: Weight, size: number, width: number): string[] {
  const lines: string[] = []
  let current = ''
  for (const word of text.trim().split(/\s+/)) {
    const candidate = current ? `${current} ${word}` : word
    if (current && textWidth(candidate, weight, size) > width) {
      lines.push(current)
      current = word
    } else {
      current = candidate
    }
  }
  if (current) lines.push(current)
  return lines
}

type Block = { text: string; weight: Weight; size: number; color: string; gapBefore: number }

/** Sets blocks of text from `top` down, each wrapped to `width`; returns the lines and the bottom. */
function setBlocks(blocks: Block[], x: number, top: number, width: number) {
  const lines: Line[] = []
  let y = top
  for (const block of blocks) {
    y += block.gapBefore
    const lineHeight = block.size * LINE_HEIGHT
    for (const text of wrap(block.text, block.weight, block.size, width)) {
      lines.push({
        text,
        x,
        top: y,
        baseline: y + baselineOffset(block.weight, block.size, lineHeight),
        size: block.size,
        lineHeight,
        weight: block.weight,
        color: block.color,
      })
      y += lineHeight
    }
  }
  return { lines, bottom: y }
}

/**
 * Lays out one piece: the statement as large as it fits in the space above a footer holding the QR
 * code, the short link and the senders. Sizes are in the unit of `width` and `height`: points for
 * PDF, pixels for PNG, so every format shares one design.
 */
export function layoutMaterial(text: MaterialText, width: number, height: number): Layout {
  const colors = PALETTES[text.palette]
  const short = Math.min(width, height)
  const margin = short * 0.07
  // About 4 cm on A4: scans from a couple of metres, and stays clear of the statement.
  const qrSize = short * 0.2
  const footerTop = height - margin - qrSize
  const gap = short * 0.04

  const footerX = margin + qrSize + gap
  const footerWidth = width - margin - footerX
  const footer = setBlocks(
    [
      { text: 'Läs mer och få hjälp:', weight: 400, size: qrSize * 0.11, color: colors.text, gapBefore: 0 },
      { text: text.shortLinkLabel, weight: 700, size: qrSize * 0.2, color: colors.accent, gapBefore: 0 },
      {
        text: text.senders.join(' · '),
        weight: 400,
        size: qrSize * 0.1,
        color: colors.text,
        gapBefore: qrSize * 0.08,
      },
    ],
    footerX,
    footerTop,
    footerWidth,
  )

  // The statement as large as fits: start large and shrink until it clears the footer.
  const messageWidth = width - 2 * margin
  const room = footerTop - gap - margin
  let size = short * 0.12
  let message = setBlocks(statement(text, colors, size), margin, 0, messageWidth)
  while (message.bottom > room && size > short * 0.02) {
    size *= 0.95
    message = setBlocks(statement(text, colors, size), margin, 0, messageWidth)
  }
  // Centred in the space above the footer.
  const shift = margin + Math.max(0, (room - message.bottom) / 2)
  const lines = [
    ...message.lines.map((line) => ({ ...line, top: line.top + shift, baseline: line.baseline + shift })),
    ...footer.lines,
  ]

  return {
    width,
    height,
    background: colors.background,
    lines,
    qr: { x: margin, top: footerTop, size: qrSize, code: qrCode(text.shortLinkUrl) },
  }
}

function statement(text: MaterialText, colors: (typeof PALETTES)[MaterialPalette], size: number): Block[] {
  return [
    { text: 'Somliga tror', weight: 700, size: size * 0.55, color: colors.accent, gapBefore: 0 },
    { text: text.belief, weight: 700, size, color: colors.text, gapBefore: size * 0.15 },
    { text: 'Men', weight: 700, size: size * 0.8, color: colors.accent, gapBefore: size * 0.5 },
    { text: text.answer, weight: 400, size: size * 0.6, color: colors.text, gapBefore: size * 0.1 },
  ]
}
