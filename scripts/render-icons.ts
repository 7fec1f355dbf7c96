/**
 * Renders the PNG icons from app/icon.svg with the local Chromium, for what
 * cannot take an SVG: the web manifest's installable sizes, Android's
 * maskable icon and iOS's home-screen icon. Run it after changing the SVG
 * (`npx tsx scripts/render-icons.ts`) and commit the PNGs.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { chromium } from "@playwright/test";
import { chromiumPath } from "./chromium-path";

const root = path.resolve(__dirname, "..");
const svg = readFileSync(path.join(root, "app/icon.svg"), "utf8");
// Android's mask and iOS round the corners themselves, so those icons fill the square. The glyph
// already sits inside the maskable safe zone (the central circle of 80% of the width).
const roundedCorners = /(<rect width="64" height="64") rx="\d+"/;
if (!roundedCorners.test(svg)) throw new Error("app/icon.svg: the background rect with rounded corners was not found");
const fullBleed = svg.replace(roundedCorners, "$1");

const icons = [
  { file: "public/icons/icon-192.png", size: 192, source: svg },
  { file: "public/icons/icon-512.png", size: 512, source: svg },
  { file: "public/icons/icon-maskable-512.png", size: 512, source: fullBleed },
  { file: "app/apple-icon.png", size: 180, source: fullBleed },
];

async function main() {
  const browser = await chromium.launch({ executablePath: chromiumPath() });
  try {
    for (const icon of icons) {
      const page = await browser.newPage({ viewport: { width: icon.size, height: icon.size } });
      const sized = icon.source.replace("<svg ", `<svg width="${icon.size}" height="${icon.size}" `);
      await page.setContent(`<style>html,body{margin:0;background:transparent}svg{display:block}</style>${sized}`);
      await page.screenshot({ path: path.join(root, icon.file), omitBackground: true });
      await page.close();
      console.log(`${icon.file} (${icon.size} px)`);
    }
  } finally {
    await browser.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
