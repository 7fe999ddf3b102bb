// The demo's cover pictures, drawn as SVG for Linli (flat shapes, no text: the title is beside
// the picture, in words). `npm run draw:covers` renders each to a JPEG in ./covers, which the
// demo seed stores through the media module; the JPEGs are committed so seeding stays fast.

const W = 720
const H = 400

const frame = (background: string, body: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}"><rect width="${W}" height="${H}" fill="${background}"/>${body}</svg>`

/** A sewing button: a disc with four holes. */
const button = (x: number, y: number, r: number, fill: string) =>
  `<circle cx="${x}" cy="${y}" r="${r}" fill="${fill}"/><circle cx="${x}" cy="${y}" r="${r * 0.72}" fill="none" stroke="#ffffff" stroke-opacity=".35" stroke-width="2"/>` +
  [[-1, -1], [1, -1], [-1, 1], [1, 1]].map(([dx, dy]) => `<circle cx="${x + dx! * r * 0.25}" cy="${y + dy! * r * 0.25}" r="${r * 0.1}" fill="#ffffff" fill-opacity=".8"/>`).join('')

const lotus = (cx: number, cy: number, s: number, petal: string, inner: string) =>
  `<g transform="translate(${cx} ${cy}) scale(${s})">` +
  `<path d="M0 0C-70 -10 -110 -50 -120 -90 -70 -90 -30 -60 0 -20 30 -60 70 -90 120 -90 110 -50 70 -10 0 0z" fill="${petal}"/>` +
  `<path d="M0 0C-40 -30 -50 -80 -40 -130 -10 -110 0 -80 0 -50 0 -80 10 -110 40 -130 50 -80 40 -30 0 0z" fill="${inner}"/>` +
  `<path d="M0 0C-22 -40 -20 -110 0 -160 20 -110 22 -40 0 0z" fill="${petal}"/></g>`

const snowflake = (x: number, y: number, r: number) =>
  `<g stroke="#ffffff" stroke-width="3" stroke-linecap="round" transform="translate(${x} ${y})">` +
  [0, 60, 120].map((a) => `<path d="M${-r} 0H${r}" transform="rotate(${a})"/>`).join('') + '</g>'

export const COVER_ART = {
  /** 纽扣画 精彩"廉"年: buttons laid out as a lotus on craft paper. */
  'button-painting': frame(
    '#f6efe3',
    '<rect x="170" y="40" width="380" height="320" rx="16" fill="#fffaf2" stroke="#e2d3bd" stroke-width="6"/>' +
      [[360, 120, 34, '#d65a4a'], [310, 160, 26, '#e98b6d'], [410, 160, 26, '#e98b6d'], [270, 205, 22, '#f1b29a'], [450, 205, 22, '#f1b29a'], [330, 210, 24, '#c8473d'], [390, 210, 24, '#c8473d'], [360, 255, 28, '#b3261e'], [300, 260, 18, '#7fa37a'], [420, 260, 18, '#7fa37a'], [250, 290, 20, '#5e8c6a'], [470, 290, 20, '#5e8c6a'], [360, 310, 16, '#5e8c6a']]
        .map(([x, y, r, c]) => button(x as number, y as number, r as number, c as string))
        .join('') +
      button(90, 330, 30, '#e6a23c') + button(640, 80, 26, '#6f9fc9') + button(615, 330, 20, '#d65a4a') + button(100, 90, 18, '#7fa37a'),
  ),
  /** 庆元旦手工DIY:艾草锤子: red mugwort hammers with green leaves and a lantern. */
  'mugwort-hammer': frame(
    '#fbf1e6',
    '<path d="M0 300c120-30 240-30 360 0s240 30 360 0v100H0z" fill="#f3dcc6"/>' +
      [[220, 180, -18], [360, 160, 0], [500, 180, 18]]
        .map(([x, y, a]) => `<g transform="translate(${x} ${y}) rotate(${a})"><rect x="-8" y="30" width="16" height="150" rx="8" fill="#a8743f"/><ellipse cx="0" cy="0" rx="62" ry="50" fill="#c8302a"/><ellipse cx="-18" cy="-14" rx="18" ry="10" fill="#e36a5c"/><path d="M-62 0h124" stroke="#e9b949" stroke-width="6"/><path d="M-10 -48c-20-30 -10-60 20-70 0 30 -5 50-20 70z" fill="#6c9a58"/><path d="M10 -48c25-20 50-20 70 0-25 15-45 15-70 0z" fill="#86b36e"/></g>`)
        .join('') +
      '<g transform="translate(620 70)"><path d="M0 -40v20" stroke="#a8743f" stroke-width="4"/><ellipse cx="0" cy="10" rx="34" ry="30" fill="#d2392f"/><rect x="-16" y="36" width="32" height="8" fill="#e9b949"/><path d="M0 44v26" stroke="#e9b949" stroke-width="4"/></g>' +
      '<g transform="translate(90 80)"><path d="M0 -40v20" stroke="#a8743f" stroke-width="4"/><ellipse cx="0" cy="10" rx="28" ry="25" fill="#d2392f"/><rect x="-13" y="32" width="26" height="7" fill="#e9b949"/></g>',
  ),
  /** 众望小区冬季志愿服务日: a snowy compound, a broom and a red volunteer flag. */
  'winter-volunteer': frame(
    '#e8eff5',
    '<g fill="#cfdbe6"><rect x="60" y="120" width="150" height="220"/><rect x="240" y="80" width="170" height="260"/><rect x="440" y="140" width="140" height="200"/></g>' +
      '<g fill="#f7fafc"><rect x="50" y="110" width="170" height="18" rx="9"/><rect x="230" y="70" width="190" height="18" rx="9"/><rect x="430" y="130" width="160" height="18" rx="9"/></g>' +
      '<g fill="#fdf6e3">' + [0, 1, 2, 3].flatMap((row) => [0, 1, 2].map((col) => `<rect x="${262 + col * 48}" y="${110 + row * 52}" width="26" height="30"/>`)).join('') +
      [0, 1, 2].flatMap((row) => [0, 1].map((col) => `<rect x="${88 + col * 60}" y="${150 + row * 56}" width="30" height="30"/>`)).join('') +
      [0, 1].flatMap((row) => [0, 1].map((col) => `<rect x="${466 + col * 56}" y="${176 + row * 56}" width="30" height="30"/>`)).join('') + '</g>' +
      '<path d="M0 330c140-20 260-14 380 0s220 14 340-6v76H0z" fill="#ffffff"/>' +
      '<g transform="translate(640 250) rotate(-20)"><rect x="-5" y="-110" width="10" height="150" rx="5" fill="#a8743f"/><path d="M-30 40h60l10 50h-80z" fill="#e9b949"/></g>' +
      '<path d="M600 120v130" stroke="#8a8f96" stroke-width="5"/><path d="M600 120h70l-14 22 14 22h-70z" fill="#c8302a"/>' +
      snowflake(120, 50, 16) + snowflake(470, 60, 12) + snowflake(660, 40, 14) + snowflake(30, 240, 10) + snowflake(400, 30, 9),
  ),
  /** 廉洁文化: a lotus on a calm pond. */
  integrity: frame(
    '#eef4ef',
    '<circle cx="590" cy="90" r="46" fill="#f6dccd"/>' +
      '<path d="M0 270c120-16 240-16 360 0s240 16 360 0v130H0z" fill="#cfe0d6"/>' +
      '<ellipse cx="170" cy="300" rx="110" ry="26" fill="#8fb89a"/><ellipse cx="560" cy="320" rx="90" ry="20" fill="#8fb89a"/>' +
      lotus(360, 290, 1.1, '#e9a3a0', '#d26f6a') + lotus(150, 300, 0.45, '#f0bdb9', '#e08f8a') +
      '<path d="M360 290v90" stroke="#6c9a78" stroke-width="6"/>',
  ),
  /** 社区公告 about the stewards' station: a service house with a spanner and a heart. */
  announcement: frame(
    '#f4f1ea',
    '<path d="M0 320h720v80H0z" fill="#e4dccd"/>' +
      '<path d="M200 180l160-110 160 110" fill="none" stroke="#b3261e" stroke-width="16" stroke-linejoin="round"/>' +
      '<rect x="230" y="170" width="260" height="150" fill="#ffffff" stroke="#d9cfbf" stroke-width="6"/>' +
      '<rect x="330" y="230" width="60" height="90" fill="#e9b949"/>' +
      '<rect x="255" y="200" width="50" height="44" fill="#cfe0ea"/><rect x="415" y="200" width="50" height="44" fill="#cfe0ea"/>' +
      '<path d="M580 150a30 30 0 0 0-28 40l-50 50 20 20 50-50a30 30 0 0 0 40-28l-18 6-14-14z" fill="#7b8794"/>' +
      '<path d="M130 160c-14-22-50-10-40 18 6 16 40 40 40 40s34-24 40-40c10-28-26-40-40-18z" fill="#d65a4a"/>',
  ),
  /** 安全提示: a shield with a tick beside a fire extinguisher. */
  safety: frame(
    '#f3f1ec',
    '<path d="M0 330h720v70H0z" fill="#e2ddd3"/>' +
      '<path d="M300 60l120 40v90c0 70-50 120-120 150-70-30-120-80-120-150v-90z" fill="#5f8f7a"/>' +
      '<path d="M245 200l40 40 80-90" fill="none" stroke="#ffffff" stroke-width="22" stroke-linecap="round" stroke-linejoin="round"/>' +
      '<g transform="translate(520 110)"><rect x="0" y="40" width="80" height="180" rx="30" fill="#c8302a"/><rect x="20" y="10" width="40" height="36" rx="6" fill="#3d3d3d"/><path d="M60 22h40l16 30" fill="none" stroke="#3d3d3d" stroke-width="10" stroke-linecap="round"/><rect x="14" y="100" width="52" height="40" rx="6" fill="#ffffff" fill-opacity=".85"/></g>',
  ),
  /** 政策解读: a document with a seal, and a pen. */
  policy: frame(
    '#eef1f5',
    '<rect x="220" y="50" width="280" height="320" rx="12" fill="#ffffff" stroke="#cdd6e0" stroke-width="6"/>' +
      [110, 150, 190, 230].map((y) => `<rect x="260" y="${y}" width="${y === 230 ? 120 : 200}" height="14" rx="7" fill="#d7dee6"/>`).join('') +
      '<circle cx="420" cy="300" r="42" fill="none" stroke="#c8302a" stroke-width="8"/><path d="M420 274l8 18 20 2-15 13 5 20-18-11-18 11 5-20-15-13 20-2z" fill="#c8302a"/>' +
      '<g transform="translate(570 120) rotate(30)"><rect x="-10" y="0" width="20" height="200" rx="6" fill="#4f6d8a"/><path d="M-10 200l10 30 10-30z" fill="#2f3d4a"/></g>',
  ),
  /** 居民公约: neighbours' houses joined by a path, under one roof line. */
  covenant: frame(
    '#f5f0e8',
    '<path d="M0 310c160-24 320-24 480 0s160 16 240 10v80H0z" fill="#dfe8d5"/>' +
      [[120, '#e9c7a8'], [300, '#cfdbe6'], [480, '#e6d3e8']].map(([x, c]) => `<g transform="translate(${x} 150)"><path d="M0 70L60 20l60 50" fill="${c}"/><rect x="10" y="70" width="100" height="100" fill="${c}"/><rect x="45" y="110" width="30" height="60" fill="#ffffff"/></g>`).join('') +
      '<path d="M130 340c100-30 200 30 300 0s150-20 200 0" fill="none" stroke="#c9b48f" stroke-width="10" stroke-linecap="round" stroke-dasharray="2 22"/>' +
      '<path d="M80 120c120-70 440-70 560 0" fill="none" stroke="#b3261e" stroke-width="8" stroke-linecap="round"/>',
  ),
  /** 冬季巡河: a frozen river between banks, and a patrol flag. */
  river: frame(
    '#eaf1f6',
    '<path d="M0 150c120 30 240 10 360 40s240 10 360 40v170H0z" fill="#cfe3ef"/>' +
      '<path d="M0 250c140-20 260 30 380 10s240-10 340 10v130H0z" fill="#b7d3e6"/>' +
      '<g fill="#ffffff" fill-opacity=".8"><path d="M120 220l60-10 30 20-70 8z"/><path d="M420 250l70-8 20 16-80 6z"/><path d="M260 300l50-6 26 14-60 6z"/></g>' +
      '<path d="M0 340c200-20 400 10 720-10v70H0z" fill="#e9efe2"/>' +
      '<path d="M600 120v200" stroke="#6b6f75" stroke-width="6"/><path d="M600 120h80l-16 25 16 25h-80z" fill="#c8302a"/>' +
      snowflake(90, 60, 14) + snowflake(330, 50, 10) + snowflake(520, 70, 12),
  ),
} as const

export type CoverKey = keyof typeof COVER_ART
export const COVER_SIZE = { width: W, height: H }
