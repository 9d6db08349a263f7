import { z } from 'zod';

/**
 * Imported first by every module that declares schemas. In a browser (page or worker) zod must not
 * compile validators with `new Function`: the app's Content-Security-Policy forbids eval, and zod's
 * probe for it, made when a schema is declared, would be reported as a violation. Node (the build
 * step) keeps the faster compiled validators.
 */
if (typeof process === 'undefined' || !process.versions?.node) z.config({ jitless: true });
