import { describe, expect, it } from 'vitest'
import { htmlToParagraphs, paragraphsToHtml } from '@/features/notices/body-format'

describe('paragraphs → HTML', () => {
  it('makes one <p> per non-blank line, trimmed', () => {
    expect(paragraphsToHtml('众望小区财务收支公开\n\n  请各位业主查看。 \r\n')).toBe('<p>众望小区财务收支公开</p><p>请各位业主查看。</p>')
  })

  it('escapes what would otherwise be markup', () => {
    expect(paragraphsToHtml('收入 <script>alert(1)</script> & "支出"')).toBe(
      '<p>收入 &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;支出&quot;</p>',
    )
  })

  it('gives nothing for blank text', () => {
    expect(paragraphsToHtml(' \n \n')).toBe('')
  })
})

describe('HTML → paragraphs', () => {
  it('turns block ends and <br> into line breaks and drops other tags', () => {
    const html = '<h2>财务公开</h2><p>一、<strong>收入</strong>：物业费 12,000 元<br/>二、支出：路灯维修</p><ul><li>监控</li><li>消防</li></ul>'
    expect(htmlToParagraphs(html)).toBe('财务公开\n一、收入：物业费 12,000 元\n二、支出：路灯维修\n监控\n消防')
  })

  it('decodes entities', () => {
    expect(htmlToParagraphs('<p>A &amp; B &lt;3&gt; &quot;议事&quot; &#39;x&#39; &#x4e00;&nbsp;二</p>')).toBe('A & B <3> "议事" \'x\' 一 二')
  })

  it('round-trips what the form writes', () => {
    const text = '第一段：自己提、自己议、自己做\n第二段 <不是标签> & 符号\n第三段'
    expect(htmlToParagraphs(paragraphsToHtml(text))).toBe(text)
    expect(paragraphsToHtml(htmlToParagraphs(paragraphsToHtml(text)))).toBe(paragraphsToHtml(text))
  })
})
