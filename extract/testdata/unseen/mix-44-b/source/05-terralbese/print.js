// Playwright (playwright-core) driving the system Chromium, page.pdf() with header/footer templates
const { chromium } = require('../node/node_modules/playwright-core');
(async () => {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
  const page = await browser.newPage();
  await page.goto('file://' + __dirname + '/determina.html');
  await page.pdf({
    path: process.argv[2], format: 'A4', printBackground: true, displayHeaderFooter: true,
    margin: { top: '22mm', bottom: '24mm', left: '16mm', right: '16mm' },
    headerTemplate: '<div style="font-size:7pt;width:100%;padding:0 16mm;color:#666;display:flex;justify-content:space-between"><span>Unione dei Comuni del Terralbese – Albo Pretorio on line</span><span>Determinazione n. 57/2026</span></div>',
    footerTemplate: '<div style="font-size:7pt;width:100%;padding:0 16mm;color:#666;display:flex;justify-content:space-between"><span>Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005</span><span>Pagina <span class="pageNumber"></span> di <span class="totalPages"></span></span></div>'
  });
  await browser.close();
})();
