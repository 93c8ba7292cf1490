// A page's repeat visit (issue 17: an idea page ≤ 30 KiB when a member comes back): a Lighthouse user flow loads
// the page twice in one browser profile, the second time with the cache of the first (mobile emulation and
// throttling, Lighthouse's defaults), and writes the second load's report as OUT_DIR/NAME-RUN.json for summary.js.
//   node repeat-visit.mjs LIGHTHOUSE_DIR URL NAME RUN OUT_DIR        (CHROME_PATH, KRING_CHROME_FLAGS from the caller)
import fs from 'fs';
import path from 'path';
import {pathToFileURL} from 'url';

const [tool, url, name, run, out] = process.argv.slice(2);
const load = module => import(pathToFileURL(path.join(tool, 'node_modules', module)).href);
const {startFlow} = await load('lighthouse/core/index.js');
const puppeteer = (await load('puppeteer-core/lib/esm/puppeteer/puppeteer-core.js')).default;

const browser = await puppeteer.launch({executablePath: process.env.CHROME_PATH,
  args: (process.env.KRING_CHROME_FLAGS || '--headless --no-sandbox').split(' ').filter(f => f)});
try {
  const page = await browser.newPage();
  const flow = await startFlow(page, {config: {extends: 'lighthouse:default', settings: {onlyCategories: ['performance']}}});
  await flow.navigate(url, {name: 'first visit'});
  await flow.navigate(url, {name: 'repeat visit'}); // a later navigation keeps the cache (Lighthouse's default)
  const result = await flow.createFlowResult();
  fs.writeFileSync(path.join(out, `${name}-${run}.json`), JSON.stringify(result.steps[1].lhr));
} finally {
  await browser.close();
}
