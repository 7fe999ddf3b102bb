import { base64Ascii } from '@/ui/icons/svg'

// The community's banner, drawn for Linli: a low morning sun over the compound's blocks, trees
// and the red flag of the party-led stewardship (东营管家). Soft colours, so the words laid over
// it stay readable; no text inside (the name is real text on top, read by screen readers).
const BANNER_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 360 132" preserveAspectRatio="xMidYMid slice">' +
  '<defs><linearGradient id="s" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#fdf4ee"/><stop offset="1" stop-color="#f6e3d6"/></linearGradient></defs>' +
  '<rect width="360" height="132" fill="url(#s)"/>' +
  '<circle cx="300" cy="44" r="22" fill="#f4c7a6"/>' +
  '<path d="M0 104c60-18 120-20 180-8s120 10 180-6v42H0z" fill="#e3ead9"/>' +
  '<g fill="#d5dde4"><rect x="182" y="52" width="34" height="60"/><rect x="222" y="38" width="40" height="74"/><rect x="268" y="62" width="30" height="50"/><rect x="304" y="70" width="40" height="42"/></g>' +
  '<g fill="#fbf7ef"><rect x="189" y="60" width="6" height="7"/><rect x="203" y="60" width="6" height="7"/><rect x="189" y="75" width="6" height="7"/><rect x="203" y="75" width="6" height="7"/><rect x="189" y="90" width="6" height="7"/><rect x="203" y="90" width="6" height="7"/>' +
  '<rect x="230" y="46" width="7" height="8"/><rect x="247" y="46" width="7" height="8"/><rect x="230" y="62" width="7" height="8"/><rect x="247" y="62" width="7" height="8"/><rect x="230" y="78" width="7" height="8"/><rect x="247" y="78" width="7" height="8"/>' +
  '<rect x="275" y="70" width="6" height="7"/><rect x="286" y="70" width="6" height="7"/><rect x="275" y="85" width="6" height="7"/><rect x="286" y="85" width="6" height="7"/><rect x="312" y="78" width="7" height="7"/><rect x="328" y="78" width="7" height="7"/></g>' +
  '<path d="M242 38V18" stroke="#9a8f86" stroke-width="1.5"/><path d="M242 18h14l-3 4 3 4h-14z" fill="#c8473d"/>' +
  '<g fill="#b9cfae"><circle cx="170" cy="100" r="10"/><circle cx="350" cy="100" r="9"/></g>' +
  '<path d="M0 118c70-10 140-8 210 0s110 6 150-2v16H0z" fill="#d6e2cb"/>' +
  '</svg>'

/** The banner as a data URI for <Image>, in H5 and the weapp alike. */
export const BANNER_URI = `data:image/svg+xml;base64,${base64Ascii(BANNER_SVG)}`
