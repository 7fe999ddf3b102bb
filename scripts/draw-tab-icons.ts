import fs from 'node:fs'
import path from 'node:path'
import sharp from 'sharp'
import { iconSvg } from '../src/ui/icons/svg'
import { TAB_COLOR, TAB_SELECTED_COLOR, tabIcons } from '../src/ui/icons/tabs'

// Draws the tab bar's PNG icons (WeChat's tabBar list takes local PNG/JPG files only, ≤ 40 KB,
// 81 × 81 px recommended) from the line icons of src/ui/icons/tabs.ts: <name>.png unselected,
// <name>-active.png selected. The outputs are committed, so the build needs nothing more;
// run `npm run draw:tab-icons` after changing an icon.

export const TAB_ICON_SIZE = 81
const dir = path.join(__dirname, '..', 'src', 'assets', 'tabbar')

async function main() {
  fs.mkdirSync(dir, { recursive: true })
  for (const [name, paths] of Object.entries(tabIcons)) {
    for (const [file, color] of [[`${name}.png`, TAB_COLOR], [`${name}-active.png`, TAB_SELECTED_COLOR]] as const) {
      // Drawn at 4× density so the strokes are smooth, then fitted to 81 × 81.
      const png = await sharp(Buffer.from(iconSvg(paths, color)), { density: 72 * 4 })
        .resize(TAB_ICON_SIZE, TAB_ICON_SIZE)
        // Eight palette entries (clear, the colour and six edge tints) keep the strokes smooth at half the bytes.
        .png({ compressionLevel: 9, palette: true, colors: 8, effort: 10 })
        .toBuffer()
      fs.writeFileSync(path.join(dir, file), png)
      console.log(`${file} ${png.length} bytes`)
    }
  }
}
void main()
