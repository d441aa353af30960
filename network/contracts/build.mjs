// Compiles src/*.sol with the pinned solc-js and writes one {abi, bytecode} JSON per contract into the
// network module's resources, where the app and the tests load them. `node build.mjs --check` writes
// nothing and exits 1 when the committed artifacts differ from what the sources compile to.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const solc = require('solc');
const here = path.dirname(fileURLToPath(import.meta.url));
const sources = path.join(here, 'src');
const out = path.join(here, '..', 'src', 'main', 'resources', 'io', 'outpost', 'network', 'contracts');
const check = process.argv.includes('--check');

const input = {
  language: 'Solidity',
  sources: Object.fromEntries(fs.readdirSync(sources).filter((f) => f.endsWith('.sol')).sort()
    .map((f) => [f, { content: fs.readFileSync(path.join(sources, f), 'utf8') }])),
  settings: {
    optimizer: { enabled: true, runs: 200 },
    evmVersion: 'cancun',
    outputSelection: { '*': { '*': ['abi', 'evm.bytecode.object'] } },
  },
};

function findImports(name) {
  const file = path.join(here, 'node_modules', name);
  return fs.existsSync(file) ? { contents: fs.readFileSync(file, 'utf8') } : { error: `not found: ${name}` };
}

const output = JSON.parse(solc.compile(JSON.stringify(input), { import: findImports }));
const errors = (output.errors || []).filter((e) => e.severity === 'error');
if (errors.length > 0) {
  errors.forEach((e) => console.error(e.formattedMessage));
  process.exit(2);
}

let stale = [];
for (const file of Object.keys(input.sources)) {
  for (const [name, contract] of Object.entries(output.contracts[file])) {
    const artifact = JSON.stringify({ abi: contract.abi, bytecode: '0x' + contract.evm.bytecode.object }, null, 2) + '\n';
    const target = path.join(out, `${name}.json`);
    if (check) {
      if (!fs.existsSync(target) || fs.readFileSync(target, 'utf8') !== artifact) stale.push(name);
    } else {
      fs.mkdirSync(out, { recursive: true });
      fs.writeFileSync(target, artifact);
    }
  }
}
if (stale.length > 0) {
  console.error(`Stale contract artifacts: ${stale.join(', ')}. Run: node network/contracts/build.mjs`);
  process.exit(1);
}
console.log(check ? 'Contract artifacts are current.' : `Compiled with solc ${solc.version()}.`);
