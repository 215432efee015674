'use client'

export { default } from '../../../(site)/[...path]/not-found'
