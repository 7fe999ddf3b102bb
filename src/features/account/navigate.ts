import Taro from '@tarojs/taro'
import type { Navigation } from './sign-in-route'

/** Performs a Navigation worked out by the pure route functions. */
export function navigate(nav: Navigation): void {
  switch (nav.method) {
    case 'switchTab':
      void Taro.switchTab({ url: nav.url })
      return
    case 'redirectTo':
      void Taro.redirectTo({ url: nav.url })
      return
    case 'navigateTo':
      void Taro.navigateTo({ url: nav.url })
      return
    case 'navigateBack':
      void Taro.navigateBack()
  }
}
