// Text of a PDF as pdf-parse (pdf.js) extracts it. pdf.js loads its worker with a dynamic
// import, which jest's VM refuses, so the extraction runs in a plain node child process.
import { execFileSync } from 'node:child_process';

const SCRIPT = `
const { PDFParse } = require('pdf-parse');
const chunks = [];
process.stdin.on('data', (c) => chunks.push(c));
process.stdin.on('end', async () => {
  const parser = new PDFParse({ data: new Uint8Array(Buffer.concat(chunks)) });
  const result = await parser.getText();
  await parser.destroy();
  process.stdout.write(result.text);
});`;

/** The text of `pdf`, whitespace collapsed to single spaces. */
export function pdfText(pdf: Buffer): string {
  const out = execFileSync(process.execPath, ['-e', SCRIPT], { input: pdf, cwd: process.cwd(), maxBuffer: 64 * 1024 * 1024 });
  return out.toString('utf8').replace(/\s+/g, ' ');
}
