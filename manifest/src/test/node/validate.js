'use strict';
// Validates a Teams app manifest against the JSON schema bundled in @microsoft/app-manifest, offline.
//
//   node validate.js <install-dir> <manifest.json>
//
// <install-dir> holds node_modules with the packages pinned in package-lock.json (ManifestSchemaTests runs
// `npm ci` there). Prints {"schema": <schema file used>, "errors": [<message>, ...]} on stdout and exits 0
// whenever validation ran, even with errors; any other exit code means the check itself could not run.
const fs = require('fs');
const path = require('path');
const { createRequire } = require('module');

const SCHEMA_HOST = 'https://developer.microsoft.com/';

function fail(code, message) {
  process.stderr.write(message + '\n');
  process.exit(code);
}

const [installDir, manifestPath] = process.argv.slice(2);
if (!installDir || !manifestPath) {
  fail(2, 'usage: node validate.js <install-dir> <manifest.json>');
}

const requireFromInstall = createRequire(path.join(path.resolve(installDir), 'package.json'));
let appManifest;
try {
  appManifest = requireFromInstall('@microsoft/app-manifest');
} catch (err) {
  if (err && err.code === 'ERR_REQUIRE_ESM') {
    // strip-bom 5, a dependency of the package, is an ES module; plain require() of it needs a newer Node.
    fail(4, `Node ${process.version} cannot load @microsoft/app-manifest: use Node >= 20.19 (or >= 22.12).`);
  }
  fail(4, `cannot load @microsoft/app-manifest from ${installDir}: ${err && err.message}`);
}

let manifest;
try {
  manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8'));
} catch (err) {
  fail(2, `cannot read ${manifestPath} as JSON: ${err.message}`);
}

// validateAgainstSchema downloads any schema the package does not bundle. Refuse instead, so the result never
// depends on the network or on whatever Microsoft serves at that URL today.
const schemaUrl = manifest.$schema;
if (typeof schemaUrl !== 'string' || !schemaUrl.startsWith(SCHEMA_HOST + 'json-schemas/teams/')) {
  fail(3, `$schema must be a Teams schema URL under ${SCHEMA_HOST}json-schemas/teams/, ` +
    `got ${JSON.stringify(schemaUrl)}`);
}
const packageBuildDir = path.dirname(requireFromInstall.resolve('@microsoft/app-manifest'));
const bundledSchema = path.join(packageBuildDir, schemaUrl.substring(SCHEMA_HOST.length));
if (!fs.existsSync(bundledSchema)) {
  fail(3, `@microsoft/app-manifest does not bundle ${schemaUrl}; pick a manifest version it ships`);
}

appManifest.AppManifestUtils.validateAgainstSchema(manifest).then(
  (errors) => process.stdout.write(JSON.stringify({ schema: bundledSchema, errors }) + '\n'),
  (err) => fail(1, `validation failed to run: ${err && err.stack ? err.stack : err}`)
);
