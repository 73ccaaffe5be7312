// Article text from what a reviewer submits: pasted text, or an uploaded .txt / .html
// file. HTML is reduced to text with its paragraphs kept (html-to-text), so claim offsets
// refer to readable text, never to markup.
import path from 'node:path';
import { convert } from 'html-to-text';
import { HttpError } from '../errors';

export interface UploadedFile {
  originalname: string;
  mimetype: string;
  buffer: Buffer;
}

const HTML_OPTIONS = {
  wordwrap: false as const,
  selectors: [
    { selector: 'a', options: { ignoreHref: true } },
    { selector: 'img', format: 'skip' },
    { selector: 'script', format: 'skip' },
    { selector: 'style', format: 'skip' },
    { selector: 'nav', format: 'skip' },
    { selector: 'footer', format: 'skip' },
    { selector: 'h1', options: { uppercase: false } },
    { selector: 'h2', options: { uppercase: false } },
    { selector: 'h3', options: { uppercase: false } },
    { selector: 'table', format: 'dataTable' },
  ],
};

/** Plain text from an HTML document, one paragraph per block. */
export function htmlToText(html: string): string {
  return convert(html, HTML_OPTIONS);
}

/** Decodes an upload as UTF-8 text (HTML converted); a 400 with a clear reason otherwise. */
export function textFromUpload(file: UploadedFile): string {
  const ext = path.extname(file.originalname).toLowerCase();
  const isHtml = ext === '.html' || ext === '.htm' || file.mimetype === 'text/html';
  const isText = ext === '.txt' || file.mimetype === 'text/plain';
  if (!isHtml && !isText) throw new HttpError(400, 'Upload a .txt or .html file.', { file: 'Upload a .txt or .html file.' });
  let decoded: string;
  try {
    decoded = new TextDecoder('utf-8', { fatal: true }).decode(file.buffer);
  } catch {
    throw new HttpError(400, 'That file is not UTF-8 text.', { file: 'That file is not UTF-8 text. Save it as UTF-8 and upload it again.' });
  }
  if (decoded.includes('\u0000')) throw new HttpError(400, 'That file is not a text file.', { file: 'That file contains binary data, not text.' });
  return isHtml ? htmlToText(decoded) : decoded.replace(/^\uFEFF/, '');
}

/** The article text to seed: an upload wins over the textarea; empty is a field error. */
export function articleText(pasted: string, file: UploadedFile | undefined): string {
  const text = file ? textFromUpload(file) : pasted;
  // NUL and other C0 controls (except tab and newlines) have no place in article text.
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  const clean = text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '');
  if (!clean.trim()) throw new HttpError(400, 'Paste the article text or upload a file.', { text: 'Paste the article text or upload a .txt or .html file.' });
  return clean;
}
