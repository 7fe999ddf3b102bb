import Taro, * as taroApis from '@tarojs/taro'
import { configure } from '@testing-library/react'

// Taro's H5 build rewrites `Taro.foo(...)` into the named export `foo` (babel-plugin-transform-taroapi
// in babel-preset-taro). Vitest does not run that transform, so give the default object the same
// members; source code keeps writing `Taro.foo` as it does for the mini-program.
const named = taroApis as unknown as Record<string, unknown>
const target = Taro as unknown as Record<string, unknown>
for (const [name, value] of Object.entries(named)) {
  if (name !== 'default' && !(name in target)) target[name] = value
}

// findBy*/waitFor give up after 1 s by default; a first render that imports a page and answers
// its first query can take longer on a loaded 2-core machine (CI runs beside other work), which
// made tests fail for want of time, not of behaviour. What they wait for is unchanged.
configure({ asyncUtilTimeout: 5000 })
