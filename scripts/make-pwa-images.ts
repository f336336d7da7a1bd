// Draws Obrol's app icons (public/icons) from the SVG logo below, and with --screenshots-from <url>
// photographs a running Obrol's demo chat for the install dialog (public/screenshots).
//   npx tsx scripts/make-pwa-images.ts
//   npx tsx scripts/make-pwa-images.ts --screenshots-from http://127.0.0.1:3000
// Nothing is downloaded: sharp renders the SVG, Debian's Chromium takes the screenshots.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { chromium } from 'playwright-core';
import sharp from 'sharp';
import { CHROMIUM, CHROMIUM_ARGS } from '../tests/support/chromium';

const BRAND = '#0a6e57';
const MINT = '#a7f3d9';

/**
 * A white speech bubble holding a brand-green "O", on 512×512. `scale` shrinks the drawing about
 * the centre: maskable icons keep it inside the safe circle (radius 40% of the side), where every
 * launcher's mask leaves it whole.
 */
function logo({ rounded, scale }: { rounded: boolean; scale: number }): string {
  const background = rounded
    ? `<rect width="512" height="512" rx="112" fill="${BRAND}"/>`
    : `<rect width="512" height="512" fill="${BRAND}"/>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512" width="512" height="512">
  ${background}
  <g transform="translate(256 256) scale(${scale}) translate(-256 -256)">
    <path fill="#fff" d="M256 92c-86 0-156 66-156 148 0 38 15 73 40 99l-22 73 80-34c18 6 37 10 58 10 86 0 156-66 156-148S342 92 256 92z"/>
    <circle cx="256" cy="240" r="74" fill="none" stroke="${BRAND}" stroke-width="38"/>
    <circle cx="356" cy="150" r="22" fill="${MINT}"/>
  </g>
</svg>`;
}

async function png(svg: string, size: number, file: string): Promise<void> {
  await sharp(Buffer.from(svg)).resize(size, size).png({ compressionLevel: 9 }).toFile(file);
}

async function makeIcons(root: string): Promise<void> {
  const dir = path.join(root, 'public/icons');
  await mkdir(dir, { recursive: true });
  const regularIcon = logo({ rounded: true, scale: 1 });
  // The bubble's farthest point (its tail) is 208 px from the centre: 0.78 puts it at 162 < 204.8.
  const maskable = logo({ rounded: false, scale: 0.78 });
  await writeFile(path.join(dir, 'icon.svg'), `${regularIcon}\n`);
  await png(regularIcon, 192, path.join(dir, 'icon-192.png'));
  await png(regularIcon, 512, path.join(dir, 'icon-512.png'));
  await png(maskable, 192, path.join(dir, 'maskable-192.png'));
  await png(maskable, 512, path.join(dir, 'maskable-512.png'));
  // iOS rounds the corners itself and shows transparency as black: a full square.
  await png(logo({ rounded: false, scale: 0.86 }), 180, path.join(dir, 'apple-touch-icon.png'));
}

async function makeScreenshots(root: string, baseUrl: string): Promise<void> {
  const dir = path.join(root, 'public/screenshots');
  await mkdir(dir, { recursive: true });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    const shots = [
      { file: 'chat-narrow.png', width: 360, height: 720, scale: 2, catalog: false },
      { file: 'chat-wide.png', width: 1280, height: 800, scale: 1, catalog: true },
    ];
    for (const shot of shots) {
      const context = await browser.newContext({
        viewport: { width: shot.width, height: shot.height },
        deviceScaleFactor: shot.scale,
        locale: 'id-ID',
      });
      const page = await context.newPage();
      await page.goto(new URL('/c/demo', baseUrl).toString());
      const composer = page.getByRole('textbox', { name: /pesan|message/i });
      await composer.fill('Halo! Kopi Gayo 1 kg masih ada?');
      await page.getByRole('button', { name: /kirim|send/i }).click();
      await page.getByText('Halo! Kopi Gayo 1 kg masih ada?').last().waitFor();
      if (shot.catalog) {
        await page.getByRole('button', { name: /katalog|catalog/i }).click();
        await page.getByRole('dialog').or(page.locator('#catalog-panel')).first().waitFor();
      }
      await page.waitForLoadState('networkidle');
      await page.screenshot({ path: path.join(dir, shot.file) });
      await context.close();
    }
  } finally {
    await browser.close();
  }
}

async function main(): Promise<void> {
  const root = process.cwd();
  await makeIcons(root);
  const flag = process.argv.indexOf('--screenshots-from');
  const baseUrl = flag >= 0 ? process.argv[flag + 1] : undefined;
  if (baseUrl) await makeScreenshots(root, baseUrl);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
