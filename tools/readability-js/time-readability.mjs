// Times Mozilla Readability on jsdom over the article-extraction-benchmark and writes its predictions,
// so that `claimdiff evaluate extraction --predictions FILE` can score them with the same C# port of evaluate.py.
// Usage: node time-readability.mjs ../../../shared/data/article-extraction-benchmark [predictions.json]
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { Readability } from '@mozilla/readability';

const data = process.argv[2] ?? '../../../shared/data/article-extraction-benchmark';
const out = process.argv[3];
const truth = JSON.parse(readFileSync(join(data, 'ground-truth.json'), 'utf8'));
const ids = Object.keys(truth).sort();
const pages = ids.map(id => [id, gunzipSync(readFileSync(join(data, 'html', `${id}.html.gz`))).toString('utf8')]);
const quiet = new VirtualConsole();
const predictions = {};
let parseMs = 0;
const start = process.hrtime.bigint();
for (const [id, html] of pages) {
  const t0 = process.hrtime.bigint();
  let text = '';
  try {
    const dom = new JSDOM(html, { url: truth[id].url, virtualConsole: quiet });
    parseMs += Number(process.hrtime.bigint() - t0) / 1e6;
    const article = new Readability(dom.window.document).parse();
    text = article?.textContent ?? '';
    dom.window.close();
  } catch { text = ''; }
  predictions[id] = { articleBody: text };
}
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
const bytes = pages.reduce((n, [, html]) => n + Buffer.byteLength(html), 0);
console.log(`readability_js 0.6.0 on jsdom (node ${process.version}): ${ids.length} pages in ${seconds.toFixed(2)} s = ` +
  `${(ids.length / seconds).toFixed(1)} pages/s, ${(bytes / 1048576 / seconds).toFixed(1)} MB/s; jsdom parsing ${(parseMs / 1000).toFixed(2)} s of it`);
if (out) writeFileSync(out, JSON.stringify(predictions, null, 1));
