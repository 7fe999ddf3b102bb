// The setData budgets the weapp tests hold. WeChat's performance audit flags a setData call over
// 256 KB and warns when a page's tree passes 1,000 nodes; calls per interaction is ours: one tap
// should not make the view thread redraw more than a handful of times.
export const SETDATA_BUDGET = {
  bytesPerCall: 256 * 1024,
  nodes: 1000,
  callsPerInteraction: 8,
} as const
