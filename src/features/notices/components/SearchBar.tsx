import { Input, View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import { t } from '../i18n'
import { TapButton, px, useTokens } from '@/ui'

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
        aria-label={t('notices.search.placeholder')}
        onInput={(e) => setText(e.detail.value)}
        onConfirm={(e) => submit(e.detail.value)}
        style={{
          flex: 1,
          boxSizing: 'border-box',
          height: px(tokens.tapTarget),
          padding: `0 ${px(tokens.space.md)}`,
          borderRadius: px(tokens.radius),
          border: `1px solid ${tokens.color.border}`,
          backgroundColor: tokens.color.surface,
          color: tokens.color.text,
          fontSize: px(tokens.font.body),
        }}
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
