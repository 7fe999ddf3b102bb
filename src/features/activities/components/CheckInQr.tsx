import { Canvas, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useEffect, useMemo } from 'react'
import { t } from '../i18n'
import { px, useTokens } from '@/ui'
import { checkInQrPayload } from '../check-in-code'
import { qrCellSize, qrModules } from '../qr'

const DARK = '#000000'
const LIGHT = '#ffffff'

/** In the browser Taro's canvas element draws its inner <canvas> a moment after it mounts. */
function canvasReady(canvasId: string): boolean {
  if (process.env.TARO_ENV !== 'h5') return true
  return typeof document !== 'undefined' && document.querySelector(`canvas[canvas-id="${canvasId}"]`) !== null
}

function draw(canvasId: string, modules: boolean[][], size: number): void {
  const cell = qrCellSize(modules.length, size)
  const offset = Math.floor((size - cell * modules.length) / 2)
  const ctx = Taro.createCanvasContext(canvasId)
  ctx.setFillStyle(LIGHT)
  ctx.fillRect(0, 0, size, size)
  ctx.setFillStyle(DARK)
  modules.forEach((row, r) =>
    row.forEach((dark, c) => {
      if (dark) ctx.fillRect(offset + c * cell, offset + r * cell, cell, cell)
    }),
  )
  ctx.draw()
}

/** The check-in code as a QR code for staff to scan at the door; the code is also shown in words beside it. */
export function CheckInQr(props: { code: string }) {
  const tokens = useTokens()
  const size = tokens.mode === 'elder' ? 220 : 180
  const payload = checkInQrPayload(props.code)
  const modules = useMemo(() => qrModules(payload), [payload])
  const canvasId = `checkin-qr-${payload}`

  useEffect(() => {
    let tries = 0
    let timer: ReturnType<typeof setTimeout> | undefined
    const attempt = () => {
      tries += 1
      if (!canvasReady(canvasId)) {
        if (tries < 20) timer = setTimeout(attempt, 100)
        return
      }
      try {
        draw(canvasId, modules, size)
      } catch {
        // No canvas here (a test page): the code in words is still beside it.
      }
    }
    Taro.nextTick(attempt)
    return () => clearTimeout(timer)
  }, [canvasId, modules, size])

  return (
    <View role="img" aria-label={t('activities.qr.alt', { code: payload })} style={{ display: 'flex', justifyContent: 'center', margin: `${px(tokens.space.sm)} 0` }}>
      <Canvas canvasId={canvasId} width={String(size)} height={String(size)} style={{ width: px(size), height: px(size), backgroundColor: LIGHT }} />
    </View>
  )
}
