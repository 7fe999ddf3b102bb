import qrcode from 'qrcode-generator'

// The check-in code as a QR matrix (qrcode-generator does the encoding; drawing is ours).

/** Rows of dark (true) and light modules for `text`, medium error correction, smallest version that fits. */
export function qrModules(text: string): boolean[][] {
  const qr = qrcode(0, 'M')
  qr.addData(text)
  qr.make()
  const count = qr.getModuleCount()
  return Array.from({ length: count }, (_, row) => Array.from({ length: count }, (_, col) => qr.isDark(row, col)))
}

/** Module size in whole pixels so the code, with its 4-module quiet zone, fits in `size`. */
export function qrCellSize(moduleCount: number, size: number): number {
  return Math.max(1, Math.floor(size / (moduleCount + 8)))
}
