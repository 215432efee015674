/**
 * The self-signed TLS certificate for the HTTP/2 port, made on first start and kept in the data
 * directory (`tls/cert.pem`, `tls/key.pem`) so that a browser that trusts it keeps trusting it.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { generate } from 'selfsigned'

export interface Certificate {
  cert: string
  key: string
  certPath: string
}

const VALID_DAYS = 825

export async function loadOrCreateCertificate(dir: string): Promise<Certificate> {
  const tlsDir = join(dir, 'tls')
  const certPath = join(tlsDir, 'cert.pem')
  const keyPath = join(tlsDir, 'key.pem')
  if (existsSync(certPath) && existsSync(keyPath)) {
    return { cert: readFileSync(certPath, 'utf8'), key: readFileSync(keyPath, 'utf8'), certPath }
  }
  const notAfterDate = new Date(Date.now() + VALID_DAYS * 24 * 60 * 60 * 1000)
  const pems = await generate([{ name: 'commonName', value: 'Somliga tror local content lake' }], {
    keySize: 2048,
    algorithm: 'sha256',
    notAfterDate,
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true, critical: true },
      { name: 'extKeyUsage', serverAuth: true },
      {
        name: 'subjectAltName',
        altNames: [
          { type: 2, value: 'localhost' },
          { type: 2, value: '*.localhost' },
          { type: 2, value: 'local.localhost' },
          { type: 7, ip: '127.0.0.1' },
          { type: 7, ip: '::1' },
        ],
      },
    ],
  })
  mkdirSync(tlsDir, { recursive: true })
  writeFileSync(keyPath, pems.private, { mode: 0o600 })
  writeFileSync(certPath, pems.cert)
  return { cert: pems.cert, key: pems.private, certPath }
}
