import { useCallback, type FocusEvent } from 'react'
import { set, type StringInputProps } from 'sanity'

import { normalizePhone } from '../../../vocabulary/phone'

/**
 * The Studio's own text input, which stores the number in the site's one format when the editor
 * leaves the field: a number pasted from Word, with an en dash and a trailing space, is fine.
 * Normalising while typing would move the cursor; a number that cannot be read is left as typed
 * for the validation message to explain.
 */
export function PhoneNumberInput(props: StringInputProps) {
  const { value, onChange, elementProps } = props
  const { onBlur } = elementProps
  const normaliseOnBlur = useCallback(
    (event: FocusEvent<HTMLInputElement>) => {
      onBlur(event)
      const result = value ? normalizePhone(value) : undefined
      if (result && 'number' in result && result.number !== value) onChange(set(result.number))
    },
    [onBlur, onChange, value],
  )
  return props.renderDefault({ ...props, elementProps: { ...elementProps, onBlur: normaliseOnBlur } })
}
