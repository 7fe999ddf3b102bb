import Taro, * as taroApis from '@tarojs/taro'

// Taro's H5 build rewrites `Taro.foo(...)` into the named export `foo` (babel-plugin-transform-taroapi
// in babel-preset-taro). Vitest does not run that transform, so give the default object the same
// members; source code keeps writing `Taro.foo` as it does for the mini-program.
const named = taroApis as unknown as Record<string, unknown>
const target = Taro as unknown as Record<string, unknown>
for (const [name, value] of Object.entries(named)) {
  if (name !== 'default' && !(name in target)) target[name] = value
}
