// One-off: turns the Census county shapes in us-atlas into the two resources the portal keeps in git.
//   ../../src/main/resources/db/changelog/data/counties.csv   FIPS, name, centroid, region, population
//   ../../src/main/resources/geo/ms-counties.json             SVG paths for the coverage map
// Run with: npm install && npm run build
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { feature } from "topojson-client";

const MISSISSIPPI_FIPS = "28";
const VIEW_WIDTH = 400;

// Mississippi Highway Patrol troop headquarters; a county belongs to the nearest one (see docs/decisions).
const TROOPS = [
  ["C", "Troop C (Pearl)", 32.2746, -90.1320],
  ["D", "Troop D (Greenwood)", 33.5162, -90.1795],
  ["E", "Troop E (Batesville)", 34.3115, -89.9442],
  ["F", "Troop F (New Albany)", 34.4943, -89.0078],
  ["G", "Troop G (Starkville)", 33.4504, -88.8184],
  ["H", "Troop H (Meridian)", 32.3643, -88.7037],
  ["J", "Troop J (Hattiesburg)", 31.3271, -89.2903],
  ["K", "Troop K (Biloxi)", 30.3960, -88.8853],
  ["M", "Troop M (Brookhaven)", 31.5791, -90.4407],
];

const topology = JSON.parse(readFileSync("node_modules/us-atlas/counties-10m.json", "utf8"));
const counties = feature(topology, topology.objects.counties).features
  .filter((f) => String(f.id).startsWith(MISSISSIPPI_FIPS))
  .sort((a, b) => String(a.id).localeCompare(String(b.id)));

const population = new Map(
  readFileSync("county-population.csv", "utf8").trim().split("\n").slice(1)
    .map((line) => line.split(",")).map(([name, pop]) => [name, Number(pop)]));

function rings(geometry) {
  return geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
}

// Area-weighted centroid of the outer rings, in lon/lat (counties are small enough for a planar formula).
function centroid(geometry) {
  let area = 0, cx = 0, cy = 0;
  for (const polygon of rings(geometry)) {
    const ring = polygon[0];
    for (let i = 0; i < ring.length - 1; i++) {
      const [x0, y0] = ring[i], [x1, y1] = ring[i + 1];
      const cross = x0 * y1 - x1 * y0;
      area += cross; cx += (x0 + x1) * cross; cy += (y0 + y1) * cross;
    }
  }
  return [cy / (3 * area), cx / (3 * area)];
}

function greatCircleKm(lat1, lon1, lat2, lon2) {
  const rad = Math.PI / 180, dLat = (lat2 - lat1) * rad, dLon = (lon2 - lon1) * rad;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2;
  return 12742 * Math.asin(Math.sqrt(a));
}

// Equirectangular projection scaled by cos(latitude) at the state's middle: faithful enough at this size.
const all = counties.flatMap((f) => rings(f.geometry).flat(3));
const lons = [], lats = [];
for (let i = 0; i < all.length; i += 2) { lons.push(all[i]); lats.push(all[i + 1]); }
const minLon = Math.min(...lons), maxLon = Math.max(...lons), minLat = Math.min(...lats), maxLat = Math.max(...lats);
const kx = Math.cos(((minLat + maxLat) / 2) * Math.PI / 180);
const scale = VIEW_WIDTH / ((maxLon - minLon) * kx);
const viewHeight = Math.ceil((maxLat - minLat) * scale);
const project = ([lon, lat]) => [((lon - minLon) * kx * scale).toFixed(1), ((maxLat - lat) * scale).toFixed(1)];

function svgPath(geometry) {
  return rings(geometry).map((polygon) => polygon.map((ring) =>
    "M" + ring.slice(0, -1).map((p) => project(p).join(",")).join("L") + "Z").join("")).join("");
}

const csv = ["fips,name,latitude,longitude,region_code,population"];
const shapes = [];
for (const f of counties) {
  const name = f.properties.name;
  const [lat, lon] = centroid(f.geometry);
  const troop = TROOPS.map(([code, , tLat, tLon]) => [code, greatCircleKm(lat, lon, tLat, tLon)])
    .sort((a, b) => a[1] - b[1])[0][0];
  if (!population.has(name)) throw new Error("no population for " + name);
  csv.push([f.id, name, lat.toFixed(4), lon.toFixed(4), troop, population.get(name)].join(","));
  const [labelX, labelY] = project([lon, lat]);
  shapes.push({ fips: String(f.id), name, path: svgPath(f.geometry), labelX: Number(labelX), labelY: Number(labelY) });
}
if (counties.length !== 82) throw new Error("expected 82 Mississippi counties, got " + counties.length);

mkdirSync("../../src/main/resources/db/changelog/data", { recursive: true });
mkdirSync("../../src/main/resources/geo", { recursive: true });
writeFileSync("../../src/main/resources/db/changelog/data/counties.csv", csv.join("\n") + "\n");
writeFileSync("../../src/main/resources/geo/ms-counties.json", JSON.stringify({
  source: "U.S. Census Bureau cartographic boundary files (public domain), via the us-atlas npm package 3.0.1",
  viewBox: `0 0 ${VIEW_WIDTH} ${viewHeight}`,
  counties: shapes,
}));
console.log(`wrote ${counties.length} counties, viewBox 0 0 ${VIEW_WIDTH} ${viewHeight}`);
