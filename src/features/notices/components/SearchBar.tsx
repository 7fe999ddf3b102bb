import { Input, View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import { t } from '../i18n'
import { TapButton, px, spokenLabel, textBoxStyle, useTokens } from '@/ui'

/** Search as the resident submits (keyboard 搜索 or the button); 清除 brings the whole list back. */
export function SearchBar(props: { query: string; onSearch: (query: string) => void }) {
  const tokens = useTokens()
  const [text, setText] = useState(props.query)
  useEffect(() => setText(props.query), [props.query])

  const submit = (value: string) => props.onSearch(value.trim())
  const showClear = text.length > 0 || props.query.length > 0

  return (
    <View
      style={{
        display: 'flex',
        flexDirection: tokens.columns === 1 ? 'column' : 'row',
        gap: px(tokens.space.sm),
        marginBottom: px(tokens.space.md),
      }}
    >
      <Input
        value={text}
        type="text"
        confirmType="search"
        placeholder={t('notices.search.placeholder')}
        {...spokenLabel(t('notices.search.placeholder'))}
        onInput={(e) => setText(e.detail.value)}
        onConfirm={(e) => submit(e.detail.value)}
        // flex: none in one column, where flex: 1 would squeeze its height to the text's.
        style={{ ...textBoxStyle(tokens), flex: tokens.columns === 1 ? 'none' : 1 }}
      />
      <View style={{ display: 'flex', gap: px(tokens.space.sm) }}>
        <TapButton onTap={() => submit(text)}>{t('notices.search.submit')}</TapButton>
        {showClear ? (
          <TapButton
            variant="secondary"
            onTap={() => {
              setText('')
              props.onSearch('')
            }}
          >
            {t('notices.search.clear')}
          </TapButton>
        ) : null}
      </View>
    </View>
  )
}
