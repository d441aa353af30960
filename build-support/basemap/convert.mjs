// One-off: turns Natural Earth's countries (as TopoJSON, from the npm package world-atlas) into the map's
// offline basemap, a small binary resource. Not part of the build; run again only to change the data.
//
//   cd "$(mktemp -d)" && npm install world-atlas@2.0.2 topojson-client@3.1.0
//   node /path/to/outpost/build-support/basemap/convert.mjs node_modules/world-atlas/countries-50m.json \
//        /path/to/outpost/views/src/main/resources/io/outpost/views/map/basemap-50m.bin
//
// The file (gzip of what follows, big-endian): "OPBM", version 1, then two layers. Land: a count of polygons,
// each a count of rings (the first the outline, the others holes), each ring a count of points. Borders (between
// two countries only, no coastlines): a count of lines, each a count of points. Points are longitude then latitude
// in units of 1e-4 degree, the first absolute and each next as the difference from the one before, all as
// zigzag varints (as Protocol Buffers write them); the version and the counts are zigzag varints too.
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { gzipSync } from "node:zlib";

const require = createRequire(process.cwd() + "/");
const topojson = require("topojson-client");
const [input, output] = process.argv.slice(2);
if (!input || !output) {
  console.error("usage: node convert.mjs countries-50m.json basemap-50m.bin");
  process.exit(2);
}
const world = JSON.parse(readFileSync(input, "utf8"));
const bytes = [];

function varint(value) {
  let v = value >= 0 ? value * 2 : -value * 2 - 1; // zigzag
  while (v >= 0x80) {
    bytes.push((v % 0x80) | 0x80);
    v = Math.floor(v / 0x80);
  }
  bytes.push(v);
}

function points(coordinates) {
  const units = coordinates.map(([lon, lat]) => [Math.round(lon * 1e4), Math.round(lat * 1e4)])
    .filter((p, i, all) => i === 0 || p[0] !== all[i - 1][0] || p[1] !== all[i - 1][1]);
  varint(units.length);
  let lon = 0, lat = 0;
  for (const [x, y] of units) {
    varint(x - lon);
    varint(y - lat);
    lon = x;
    lat = y;
  }
}

const land = topojson.feature(world, world.objects.land);
const polygons = land.features.flatMap(f => f.geometry.type === "Polygon" ? [f.geometry.coordinates] : f.geometry.coordinates);
const borders = topojson.mesh(world, world.objects.countries, (a, b) => a !== b).coordinates;

for (const c of "OPBM") bytes.push(c.charCodeAt(0));
varint(1);
varint(polygons.length);
for (const rings of polygons) {
  varint(rings.length);
  rings.forEach(points);
}
varint(borders.length);
borders.forEach(points);

const packed = gzipSync(Buffer.from(bytes), { level: 9 });
writeFileSync(output, packed);
console.log(`${polygons.length} land polygons, ${borders.length} borders: ${bytes.length} bytes, ${packed.length} gzipped`);
