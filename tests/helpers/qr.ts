/**
 * Reads back what is printed: the QR code in a PNG, or in a PDF page rendered by poppler's
 * pdftoppm (Debian's poppler-utils), as a phone would see the poster.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import jsQR from 'jsqr'
import sharp from 'sharp'

export async function decodeQrInPng(png: Uint8Array): Promise<string | null> {
  const { data, info } = await sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true })
  return jsQR(new Uint8ClampedArray(data.buffer, data.byteOffset, data.length), info.width, info.height)?.data ?? null
}

/** Runs a poppler tool on a PDF and returns its output. */
export function popplerOn(tool: 'pdfinfo' | 'pdffonts', pdf: Uint8Array, ...args: string[]): string {
  return withPdfFile(pdf, (file) => execFileSync(tool, [...args, file], { encoding: 'utf8' }))
}

/** The first page at 72 dpi: one pixel per point, enough for a 4 cm code on A4. */
export async function decodeQrInPdf(pdf: Uint8Array): Promise<string | null> {
  const png = withPdfFile(pdf, (file, dir) => {
    execFileSync('pdftoppm', ['-r', '72', '-png', '-singlefile', file, join(dir, 'page')])
    return readFileSync(join(dir, 'page.png'))
  })
  return decodeQrInPng(png)
}

/** Page size in points, from pdfinfo: "Page size: 595.28 x 841.89 pts (A4)". */
export function pdfPageSize(pdf: Uint8Array): { width: number; height: number } {
  const match = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(popplerOn('pdfinfo', pdf))
  if (!match) throw new Error('pdfinfo gave no page size')
  return { width: Number(match[1]), height: Number(match[2]) }
}

function withPdfFile<T>(pdf: Uint8Array, read: (file: string, dir: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'material-pdf-'))
  try {
    const file = join(dir, 'material.pdf')
    writeFileSync(file, pdf)
    return read(file, dir)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
