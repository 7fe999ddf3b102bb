import qrcode from 'qrcode-generator'

// A QR code as SVG (qrcode-generator encodes; the drawing is plain rectangles), with its 4-module
// quiet zone, for the poster when WeChat is not configured.

export function qrSvg(text: string, size: number): string {
  const qr = qrcode(0, 'M')
  qr.addData(text)
  qr.make()
  const n = qr.getModuleCount()
  const cell = size / (n + 8)
  let rects = ''
  for (let r = 0; r < n; r++) {
    for (let c = 0; c < n; c++) if (qr.isDark(r, c)) rects += `<rect x="${((c + 4) * cell).toFixed(2)}" y="${((r + 4) * cell).toFixed(2)}" width="${cell.toFixed(2)}" height="${cell.toFixed(2)}"/>`
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}" shape-rendering="crispEdges"><rect width="100%" height="100%" fill="#fff"/><g fill="#000">${rects}</g></svg>`
}
