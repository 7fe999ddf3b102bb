// queueMicrotask for WeChat's JS engine, which lacks it. webpack's ProvidePlugin (config/index.ts)
// hands this to every module of the mini build that names the global, node_modules included.
// A thrown callback error is rethrown outside the promise chain, as the real one reports it.
export function queueMicrotask(callback: () => void): void {
  Promise.resolve()
    .then(callback)
    .catch((error: unknown) => {
      setTimeout(() => {
        throw error
      }, 0)
    })
}
