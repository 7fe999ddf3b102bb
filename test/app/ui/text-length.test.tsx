import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { LongText } from '@/ui/FormGroup'
import { textLength } from '@/ui/text-length'

describe('counting characters as people do', () => {
  it('counts an emoji (and a CJK Extension B character) once', () => {
    expect(textLength('👍好')).toBe(2)
    expect(textLength('𠮷')).toBe(1)
    expect(textLength('👨‍👩‍👧')).toBe(5) // three people and two joiners: the gateway counts the same
  })

  it('shows the long-text counter in characters, an emoji counting one', () => {
    render(<LongText label="说明" placeholder="" value={'🎉'.repeat(3)} max={10} onChange={() => undefined} />)
    expect(screen.getByText('3/10 字')).toBeTruthy()
  })
})
