// Request and session fields Crosscheck adds.
import type { PublicUser } from '../../db/users';

declare module 'express-session' {
  interface SessionData {
    userId?: number;
    /** Sign-in time (ms since epoch), for the absolute session timeout. */
    signedInAt?: number;
  }
}

declare global {
  namespace Express {
    interface Request {
      /** The signed-in reviewer, set by the session middleware. */
      user?: PublicUser;
    }
  }
}

export {};
