// Median per page of the Lighthouse runs in a folder (files NAME-N.json), printed as facts:
// lighthouse.NAME.{performance,accessibility,best-practices,seo,lcp,tbt,cls,bytes,runs}=value; with more than one
// run also each figure's spread over the runs, lighthouse.NAME.FIGURE.min and .max.
//   node summary.js DIR
const fs = require('fs');
const path = require('path');

const dir = process.argv[2];
const runs = {};
for (const file of fs.readdirSync(dir).filter(f => f.endsWith('.json')).sort()) {
  const lhr = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'));
  const audit = id => lhr.audits[id] && lhr.audits[id].numericValue;
  const page = file.replace(/-\d+\.json$/, '');
  // A repeat visit is audited for performance only: the other categories are then missing.
  const score = id => lhr.categories[id] && lhr.categories[id].score;
  (runs[page] = runs[page] || []).push({
    performance: score('performance'),
    accessibility: score('accessibility'),
    'best-practices': score('best-practices'),
    seo: score('seo'),
    lcp: audit('largest-contentful-paint'),
    tbt: audit('total-blocking-time'),
    cls: audit('cumulative-layout-shift'),
    bytes: audit('total-byte-weight'),
  });
}

const median = values => {
  const sorted = values.filter(v => typeof v === 'number').sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor((sorted.length - 1) / 2)] : undefined;
};
for (const [page, list] of Object.entries(runs)) {
  console.log(`lighthouse.${page}.runs=${list.length}`);
  for (const figure of Object.keys(list[0])) {
    const values = list.map(r => r[figure]).filter(v => typeof v === 'number');
    const m = median(values);
    if (m === undefined) continue;
    console.log(`lighthouse.${page}.${figure}=${Number(m.toFixed(3))}`);
    if (values.length > 1) {
      console.log(`lighthouse.${page}.${figure}.min=${Number(Math.min(...values).toFixed(3))}`);
      console.log(`lighthouse.${page}.${figure}.max=${Number(Math.max(...values).toFixed(3))}`);
    }
  }
}
