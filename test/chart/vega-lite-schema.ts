import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import Ajv from 'ajv';

// vega-lite's exports map hides package.json, so find the package folder through its entry file.
const require = createRequire(import.meta.url);
const entry = require.resolve('vega-lite');
let dir = dirname(entry);
while (!dir.endsWith('vega-lite')) dir = dirname(dir);
const schema = JSON.parse(readFileSync(join(dir, 'build', 'vega-lite-schema.json'), 'utf8'));

/** The Vega-Lite JSON schema (draft-07) compiled once: a spec passes or the errors say why. */
export const validateVegaLite = new Ajv({ strict: false, allErrors: true, logger: false, validateFormats: false }).compile(schema);
