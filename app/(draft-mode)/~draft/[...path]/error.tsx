'use client'

export { default } from '../../../(site)/[...path]/error'
