// Validates JSON documents against a JSON Schema with ajv (draft-07, strict mode with union
// types allowed, every error): `node validate.mjs SCHEMA FILE...`. Exit status 1 when any
// document fails.
import Ajv from "ajv";
import { readFileSync } from "node:fs";

const [schemaPath, ...files] = process.argv.slice(2);
const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true });
const validate = ajv.compile(JSON.parse(readFileSync(schemaPath, "utf8")));
let failed = false;
for (const file of files) {
  if (!validate(JSON.parse(readFileSync(file, "utf8")))) {
    failed = true;
    console.error(`${file}: ${ajv.errorsText(validate.errors, { separator: "\n  " })}`);
  }
}
process.exit(failed ? 1 : 0);
