// One uploaded file per form (multer, in memory): article text is small enough to hold,
// and nothing touches the disk, so no path from the client is ever used.
import multer from 'multer';
import type { RequestHandler } from 'express';
import { HttpError } from '../errors';

/** Parses a multipart form with at most one file field named `file`, up to `maxBytes`. */
export function singleUpload(maxBytes: number): RequestHandler {
  const parse = multer({
    storage: multer.memoryStorage(),
    // No field name of ours has brackets. multer expands "a[4294967294]" into a sparse
    // array, which froze the event loop for minutes (GHSA-535w-7cp7-47q4); both limits
    // default to unlimited, so they are set here.
    limits: { fileSize: maxBytes, files: 1, fields: 50, fieldSize: maxBytes, parts: 60, fieldNestingDepth: 0, fieldArrayIndexLimit: 0 },
  }).single('file');
  return (req, res, next) => {
    parse(req, res, (err: unknown) => {
      if (!err) return next();
      if (err instanceof multer.MulterError) {
        if (err.code === 'LIMIT_FILE_SIZE' || err.code === 'LIMIT_FIELD_VALUE') {
          return next(new HttpError(413, `That file is larger than Crosscheck accepts (${Math.round(maxBytes / 1024)} KB).`));
        }
        return next(new HttpError(400, `The upload could not be read: ${err.message}.`));
      }
      next(new HttpError(400, 'The upload could not be read.'));
    });
  };
}
