#!/usr/bin/env node
/**
 * `npm run build`: what `ng build` does, without the Angular CLI's 200-odd packages. It runs
 * the workspace's `build` target from angular.json (@angular/build's application builder)
 * through @angular-devkit/architect, the library the CLI runs it with.
 * `node build.mjs serve` runs the dev server target the same way.
 */
import {createRequire} from 'node:module';

// CommonJS packages with folder entry points, which `import` does not resolve.
const require = createRequire(import.meta.url);
const {Architect} = require('@angular-devkit/architect');
const {WorkspaceNodeModulesArchitectHost} = require('@angular-devkit/architect/node');
const {schema, workspaces} = require('@angular-devkit/core');
const {NodeJsSyncHost, createConsoleLogger} = require('@angular-devkit/core/node');

const root = import.meta.dirname;
const target = process.argv[2] ?? 'build';
const logger = createConsoleLogger(false, process.stdout, process.stderr);

const registry = new schema.CoreSchemaRegistry();
registry.addPostTransform(schema.transforms.addUndefinedDefaults);
const {workspace} = await workspaces.readWorkspace(root, workspaces.createWorkspaceHost(new NodeJsSyncHost()));
const architect = new Architect(new WorkspaceNodeModulesArchitectHost(workspace, root), registry);

const run = await architect.scheduleTarget({project: 'demo', target}, {}, {logger});
const result = await run.lastOutput;
await run.stop();
process.exitCode = result.success ? 0 : 1;
